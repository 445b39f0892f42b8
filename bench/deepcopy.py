# copy.deepcopy of a nested configuration structure: dicts, lists, tuples,
# shared sub-objects (the memo keeps them shared), a cycle and instances.
import copy


class Endpoint:
    def __init__(self, host, port, options):
        self.host = host
        self.port = port
        self.options = options


def make_config(n):
    defaults = {"retries": 3, "timeout": 2.5, "flags": ["a", "b"]}
    services = []
    for i in range(n):
        services.append({
            "name": "svc%d" % i,
            "replicas": i % 5 + 1,
            "ports": [8000 + i, 9000 + i],
            "labels": {"tier": ("web", "db", "cache")[i % 3], "zone": "z%d" % (i % 4)},
            "limits": (i * 10, i * 20),
            "defaults": defaults,
            "endpoints": [Endpoint("h%d.example" % j, 80 + j, {"tls": j % 2 == 0}) for j in range(3)],
            "env": [("KEY%d" % k, str(k * i)) for k in range(4)],
        })
    config = {"version": 7, "services": services, "defaults": defaults, "meta": {"owner": "ops"}}
    config["meta"]["root"] = config
    return config


def checksum(config):
    total = 0
    for s in config["services"]:
        total += s["replicas"] + sum(s["ports"]) + s["limits"][1]
        total += sum(e.port for e in s["endpoints"]) + len(s["env"])
    return total


config = make_config(200)
total = 0
shared = 0
for round_ in range(100):
    clone = copy.deepcopy(config)
    total += checksum(clone)
    shared += clone["services"][round_]["defaults"] is clone["defaults"]
    shared += clone["meta"]["root"] is clone
    clone["services"][0]["ports"].append(round_)
print(total, shared, len(config["services"][0]["ports"]))
