# Instance attributes of plain classes: insertion order, deletion, __dict__ views,
# many attributes, runtime-built names, __class__ changes, and the collector's view.
import gc, sys


class P:
    pass


a = P(); a.x = 1; a.y = 2
b = P(); b.y = 3; b.x = 4          # same keys, other order
print(vars(a), vars(b))
c = P(); c.z = 1; del c.z; c.w = 2; c.z = 3
print(vars(c), list(c.__dict__))
try:
    del c.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.z
    del c.z
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(c, "z"), getattr(c, "w"))

# a name built at run time, equal but not identical to an interned one
d = P()
setattr(d, "".join(["x"]), 10)
print(d.x, getattr(d, "x"), vars(d))


class S(str):
    pass


setattr(d, S("y"), 20)
print(d.y, sorted(vars(d)))
delattr(d, S("y"))
print(vars(d))

# more attributes than a class shares keys for
e = P()
for i in range(40):
    setattr(e, "a%d" % i, i)
print(len(vars(e)), e.a0, e.a39, list(vars(e))[:3], list(vars(e))[-2:])
f = P(); f.a39 = "late"; f.q = 1
print(vars(f))

# __dict__ is a live view after it has been asked for
g = P(); g.x = 1
dd = g.__dict__
g.y = 2
dd["z"] = 3
print(dd, g.z, vars(g) is dd)
del g.x
print(dd)

# replacing __dict__
h = P(); h.x = 1
h.__dict__ = {"k": "v"}
print(vars(h), hasattr(h, "x"))

# __class__ assignment keeps the attributes
class Q:
    def who(self):
        return "Q", self.x


i = P(); i.x = 5; i.y = 6
i.__class__ = Q
print(i.who(), vars(i))

# methods shadowed by instance attributes, then unshadowed
class R:
    def m(self):
        return "method"


r = R()
print(r.m())
r.m = lambda: "instance"
print(r.m())
del r.m
print(r.m())

# the collector sees values, not keys (CPython 3.11's order: values, then the class)
j = P(); j.x = [1]; j.y = {}
print(gc.get_referents(j))
j.self = j
del j
print(gc.collect() >= 1)

# values referring back to the instance, freed by refcounting once broken
class Node:
    def __del__(self):
        print("del", self.name)


n = Node(); n.name = "n"; n.other = Node(); n.other.name = "other"
del n
print("end", sys.getsizeof(P()) == sys.getsizeof(a))
