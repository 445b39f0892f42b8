class C:
    x = 1
    def m(self):
        return "m"
c = C()
print(getattr(c, "__class__").__name__, getattr(C, "__name__"), getattr(c, "m")())
print(getattr(C, "m")(c), getattr(c, "__dict__"), getattr(C, "__doc__"))
print(getattr(5, "__add__")(3), getattr("abc", "__len__")(), getattr([], "__class__") is list)
print(getattr(c, "missing", None), getattr(c, "x", "default"))
setattr(C, "y", 2)
setattr(c, "x", 10)
print(c.x, C.x, c.y, "x" in vars(c))
delattr(c, "x")
print(c.x)
delattr(C, "y")
print(hasattr(c, "y"))
try:
    setattr(C, "__name__", 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(C, "__name__", "Renamed")
print(C.__name__, C.__qualname__, repr(C).endswith("C'>"))
try:
    delattr(C, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "")
except AttributeError as e:
    print(type(e).__name__, repr(str(e)))
import sys
print(getattr(sys, "maxsize") == sys.maxsize, hasattr(sys, "argv"), getattr(sys, "nonexistent", "no"))
def f():
    pass
setattr(f, "tag", "tagged")
print(f.tag, getattr(f, "__name__"), hasattr(f, "__code__"))
print(getattr(getattr(c, "m"), "__self__") is c, getattr(C.m, "__name__"))
