# PEP 442: a cycle with __del__ is collected; __del__ runs once even after
# resurrection, and a resurrected object is not freed.
import gc
gc.disable()
gc.collect()

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "finalized before?", gc.is_finalized(self))
        saved.append(self)

a = Phoenix("a")
a.me = a
print("finalized:", gc.is_finalized(a))
del a
print("collect ->", gc.collect())
print("saved:", [p.name for p in saved], "finalized:", gc.is_finalized(saved[0]))
print("still usable:", saved[0].me is saved[0])
saved.clear()
print("collect again ->", gc.collect(), "(no second __del__)")

# Refcount path: resurrect once, then die for good without a second __del__.
b = Phoenix("b")
del b
print("resurrected by refcount death:", saved[0].name)
saved.clear()
print("gone for good, nothing printed")

# A two-object cycle where only one __del__ resurrects: both survive.
class Keeper:
    def __del__(self):
        print("Keeper.__del__")
        saved.append(self)
class Other:
    def __del__(self):
        print("Other.__del__")

k = Keeper()
o = Other()
k.o = o
o.k = k
del k, o
print("collect ->", gc.collect())
print("other reachable from resurrected:", type(saved[0].o).__name__)
saved.clear()
print("collect ->", gc.collect())
