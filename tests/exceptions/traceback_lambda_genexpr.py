parse = lambda s: int(s)
print(sum(parse(s) for s in ["1", "2"]))
total = sum(parse(s) for s in ["3", "x"])
