d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[frozenset({1})] = "frozenset"
d[1.5] = "float"
d[b"1"] = "bytes"
d[True] = "bool overwrites int 1"
print(d)
print(len(d), d[1], d[1.0], d["1"], d[(1,)], d[None], d[frozenset([1])])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and o.v == self.v
    def __repr__(self):
        return f"Key({self.v})"
d2 = {Key(1): "a", Key(2): "b"}
print(d2[Key(1)], Key(3) in d2, d2)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
d3 = {Collide(i): i for i in range(5)}
print(d3, d3[Collide(3)], len(d3))
del d3[Collide(2)]
print(d3, Collide(2) in d3)
d3[Collide(2)] = "back"
print(list(d3.values()))
nan = float("nan")
d4 = {nan: 1}
print(d4[nan], float("nan") in d4, len({float("nan"): 1, float("nan"): 2}))
print({-0.0: "neg zero"}[0], {0: "zero"}[-0.0], {(): 1}[()], {"": 1}[""])
