# Iterating a weak container while its referents die: removals wait until the
# iteration ends, and nothing raises "changed size during iteration".
import gc
import weakref
gc.disable()

class V:
    def __init__(self, n):
        self.n = n

vs = [V(i) for i in range(8)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vs))
seen = []
for k in d:
    seen.append(k)
    if k == 2:
        del vs[5]     # refcount death in the middle of the loop
        del vs[4]
print(seen)
print(len(d), sorted(d))

# A collection during the iteration.
a = V("a")
b = V("b")
a.b = b
b.a = a
d["a"] = a
d["b"] = b
del a, b
count = 0
for k, v in d.items():
    if count == 0:
        print("collect in loop ->", gc.collect())
    count += 1
del k, v
print("keys after loop:", sorted(d, key=str))

# An abandoned iteration also lets the queued removals through.
it = iter(d.values())
next(it)
vs.pop()
print("during:", len(d))
del it
print("after abandon:", len(d), sorted(d))

# Same for WeakKeyDictionary and WeakSet.
ks = [V(i) for i in range(5)]
wk = weakref.WeakKeyDictionary((k, k.n) for k in ks)
ws = weakref.WeakSet(ks)
out = []
for k in wk:
    out.append(k.n)
    if k.n == 1:
        ks.pop()
del k
print(len(out) >= 4, len(wk), sorted(wk.values()))
out = []
for x in ws:
    out.append(x.n)
    if len(out) == 1:
        victim = ks[0] if ks[0] is not x else ks[1]
        ks.remove(victim)
        del victim
del x
print(len(ws), len(list(ws)), len(ks))
