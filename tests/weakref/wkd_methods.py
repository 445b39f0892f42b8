# WeakKeyDictionary's mapping methods.
import gc
import weakref
gc.disable()

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n

ks = [K(i) for i in range(6)]
d = weakref.WeakKeyDictionary({ks[0]: 0})
d.update({ks[1]: 1})
d.update([(ks[2], 2)])
print(len(d), sorted((k.n, v) for k, v in d.items()))
print(d.get(ks[0]), d.get(ks[5]), d.get(ks[5], "default"))
print(d.setdefault(ks[0], 99), d.setdefault(ks[3], 3), len(d))
print(d.pop(ks[3]), d.pop(ks[3], "missing"))
try:
    d.pop(ks[3])
except KeyError as e:
    print(type(e).__name__, str(e).startswith("<weakref at"))
del d[ks[2]]
print(sorted(k.n for k in d.keys()))
refs = d.keyrefs()
print(len(refs), all(type(r) is weakref.ref for r in refs), sorted(r().n for r in refs))
del refs
c = d.copy()
print(type(c).__name__, len(c), c == d)
k, v = d.popitem()
print(type(k).__name__, k.n == v, len(d))
del k
u = d | {ks[4]: 4}
print(type(u).__name__, sorted(x.n for x in u))
d |= {ks[5]: 5}
print(sorted(x.n for x in d))
d.clear()
print(len(d), list(d.items()))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
print(d == {}, weakref.WeakKeyDictionary() == weakref.WeakKeyDictionary())
