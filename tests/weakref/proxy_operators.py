# A proxy forwards operators, item access, iteration, calls and attribute
# deletion to its referent.
import gc
import weakref
gc.disable()

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __mul__(self, o):
        return Num(self.v * o)
    def __neg__(self):
        return Num(-self.v)
    def __lt__(self, o):
        return self.v < o
    def __eq__(self, o):
        return self.v == o
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Num(%d)" % self.v

n = Num(3)
p = weakref.proxy(n)
print(p + 1, 1 + p, p * 2, -p, p < 5, p == 3, p != 3)
print([10, 20, 30, 40][p], bin(p), hex(p))
p += 4
print(n, type(p).__name__)

class Box(dict):
    pass
b = Box(a=1)
pb = weakref.proxy(b)
pb["b"] = 2
print(pb["a"], len(pb), "b" in pb, sorted(pb), sorted(b))
del pb["a"]
print(sorted(b))

class Thing:
    def __call__(self, x):
        return x + 1
    def __iter__(self):
        return iter([1, 2, 3])
t = Thing()
t.attr = 5
pt = weakref.proxy(t)
print(type(pt) is weakref.CallableProxyType, pt(1), list(pt), pt.attr)
del pt.attr
print(hasattr(t, "attr"))
gen = (x for x in range(3))
pg = weakref.proxy(gen)
print(next(pg), list(pg))
print("in-place add rebinds p to the result:", p is n)
q = weakref.proxy(n)
del n, p
try:
    q + 1
except ReferenceError as e:
    print(type(e).__name__, e)
