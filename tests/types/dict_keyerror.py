d = {"k": 1}
for key in ("missing", "", (1, 2), 42, None, 1.5, frozenset()):
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, repr(e), str(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(str(KeyError()), repr(KeyError()), str(KeyError("a", "b")), str(KeyError(5)))
class Default(dict):
    def __missing__(self, key):
        return "default for " + repr(key)
dd = Default(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c)
class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print(type(e).__name__, e)
d = {}
try:
    del d["gone"]
except KeyError as e:
    print(type(e).__name__, e)
print(d.get([1]) if False else "get with unhashable:")
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
