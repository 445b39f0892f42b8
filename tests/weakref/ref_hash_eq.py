# Hash and equality of weak references.
import gc
import weakref
gc.disable()

class Obj:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Obj) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

a = Obj(1)
b = Obj(1)
c = Obj(2)
ra = weakref.ref(a)
rb = weakref.ref(b)
rc = weakref.ref(c)
print("alive, equal referents:", ra == rb, ra != rb)
print("alive, different referents:", ra == rc)
print("hash is the referent's:", hash(ra) == hash(a), hash(rc) == hash(2))
print("ref never equals its referent:", ra == a)
d = {ra: "a"}
print("lookup with another ref:", d[rb])

h = hash(ra)
del a
print("hash cached after death:", hash(ra) == h)
print("dead ref equal only to itself:", ra == ra, ra == rb, ra != rb)
del b
print("two dead refs unequal:", ra == rb)

x = Obj(5)
rx = weakref.ref(x)
del x
try:
    hash(rx)
except TypeError as e:
    print(type(e).__name__, e)

class Unhashable:
    __hash__ = None
u = Unhashable()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print(type(e).__name__, e)
ru2 = weakref.ref(u, lambda r: None)
print("same referent compares equal:", ru == ru2)
print("ref vs other type:", ra == 1, ra != "x")
try:
    ra < rc
except TypeError as e:
    print(type(e).__name__, e)
