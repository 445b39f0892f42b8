# WeakValueDictionary's mapping methods.
import gc
import weakref
gc.disable()

class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V%d" % self.n

vs = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary({"a": vs[0]}, b=vs[1])
d.update({"c": vs[2]})
d.update([("d", vs[3])], e=vs[4])
print(len(d), sorted(d.items(), key=lambda kv: kv[0]))
print(d["a"], d.get("zz"), d.get("zz", "default"), "a" in d, "zz" in d)
del d["a"]
print(sorted(d))
try:
    del d["a"]
except KeyError as e:
    print(type(e).__name__, e)
print(d.pop("b"), d.pop("b", "missing"))
try:
    d.pop("b")
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("c", vs[5]), d.setdefault("f", vs[5]))
print(sorted(repr(v) for v in d.values()))
refs = d.valuerefs()
print(len(refs), all(type(r) is weakref.KeyedRef for r in refs),
      sorted(r.key for r in refs))
print(sorted(r.key for r in d.itervaluerefs()))
c = d.copy()
print(type(c).__name__, sorted(c), c == d)
k, v = d.popitem()
print(k, v, len(d))
d2 = d | {"z": vs[0]}
print(type(d2).__name__, sorted(d2))
d |= {"y": vs[1]}
print(sorted(d))
d.clear()
print(len(d), list(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(repr(d).startswith("<WeakValueDictionary at 0x"))
