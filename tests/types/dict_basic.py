d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), d["a"])
del d["b"]
d["b"] = 1
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"), "a" in d, 2 in d)
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("zz", "none"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as err:
    print(type(err).__name__, err)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([], 5))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["x"] = 100
print(d["x"], c["x"], c is d)
c.clear()
print(c, d == d.copy())
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", (1, 2))))
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print(type(err).__name__, err)
try:
    dict([1])
except TypeError as err:
    print(type(err).__name__, err)
print({1: "a"} == {1: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {} < {}
except TypeError as err:
    print(type(err).__name__, err)
