# __slots__ = () makes instances as small as object() plus the GC header
import sys
class E:
    __slots__ = ()
class E2(E):
    __slots__ = ()
class Plain:
    pass
e = E()
print(sys.getsizeof(e), sys.getsizeof(E2()), sys.getsizeof(object()), sys.getsizeof(Plain()))
for t in ("e.x = 1", "e.__dict__", "vars(e)"):
    try:
        exec(t)
    except (AttributeError, TypeError) as err:
        print(t, "->", type(err).__name__, err)
class WithMethods:
    __slots__ = ()
    def area(self):
        return 42
    kind = "shape"
w = WithMethods()
print(w.area(), w.kind)
try:
    w.kind = "other"
except AttributeError as err:
    print(type(err).__name__, err)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
p = Point(1, 2)
print(p, p.x, p.y, sys.getsizeof(p) == sys.getsizeof((1, 2)))
try:
    p.z = 3
except AttributeError as err:
    print(type(err).__name__, err)
class Child(E):
    pass
c = Child()
c.anything = 1
print(c.__dict__, sys.getsizeof(c) == sys.getsizeof(Plain()))
class Mixed(E, WithMethods):
    __slots__ = ("v",)
m = Mixed()
m.v = 5
print(m.v, m.area(), sys.getsizeof(m))
import gc
print(gc.is_tracked(E()), gc.is_tracked(Plain()))
