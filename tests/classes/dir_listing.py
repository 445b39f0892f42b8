# dir() of instances, classes and modules; __dir__ overrides
class Base:
    base_attr = 1
    def base_method(self): pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
def public(names):
    return [n for n in names if not n.startswith("__")]
c = C()
print(public(dir(c)))
print(public(dir(C)))
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "__dict__" in dir(c), "__class__" in dir(c))
print("mro" in dir(C), "mro" in dir(type), "__mro__" in dir(C))
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
class CustomTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(CustomTuple()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ("x", "y")
s = S()
print(public(dir(s)), "__dict__" in dir(s), "__slots__" in dir(s))
import sys
print("path" in dir(sys), dir() == sorted(dir()))
def f():
    a = 1
    b = 2
    return dir()
print(f())
class Meta(type):
    meta_attr = 1
class WithMeta(metaclass=Meta):
    own = 1
print("meta_attr" in dir(WithMeta), "own" in dir(WithMeta), hasattr(WithMeta, "meta_attr"))
print(public(dir(1))[:5], len(dir(object)) > 20)
o = C()
o.__dict__ = {"only": 1, 5: "non-str"}
try:
    print(public(dir(o)))
except TypeError as e:
    print(type(e).__name__, e)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
