# The instance __dict__ is an ordinary dict: replaceable, shared, subclassable
class C:
    cls_attr = "class"
a, b = C(), C()
a.x = 1
shared = {"s": 1}
a.__dict__ = shared
b.__dict__ = shared
a.s = 2
print(b.s, a.__dict__ is b.__dict__, hasattr(a, "x"))
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("  LoudDict.__setitem__", k)
        super().__setitem__(k, v)
c = C()
c.__dict__ = LoudDict(y=1)
c.z = 2
print(type(c.__dict__).__name__, sorted(c.__dict__.items()), c.y)
for value in (5, None, [("a", 1)]):
    try:
        c.__dict__ = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del c.__dict__
    print("deleted, now", c.__dict__)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
d = C()
d.__dict__["a b"] = 1
d.__dict__[5] = "int key"
print(getattr(d, "a b"), sorted(map(str, vars(d))))
print(vars(d) is d.__dict__)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local = 1
    return sorted(vars())
print(f())
e = C()
e.__dict__.update(k=1, cls_attr="instance")
print(e.k, e.cls_attr, C.cls_attr)
e.__dict__.clear()
print(e.cls_attr, vars(e))
import sys
print(type(vars(sys)).__name__, vars(sys) is sys.__dict__)
class Slotted:
    __slots__ = ("a", "__dict__")
s = Slotted()
s.__dict__ = {"q": 1}
print(s.q)
