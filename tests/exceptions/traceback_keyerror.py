config = {"database": {"host": "localhost"}, "cache": {}}
print(config["database"]["host"])
port = config["database"]["port"]
