# Each slot is a member descriptor stored in the class __dict__
class C:
    __slots__ = ("a", "b")
class D:
    __slots__ = ("a",)
md = C.a
print(type(md).__name__, repr(md), md.__name__, md.__objclass__ is C)
print(C.__dict__["a"] is md, md.__get__(None, C) is md)
c = C()
md.__set__(c, 10)
print(md.__get__(c, C), c.a)
C.b.__set__(c, "bee")
print(c.b)
C.b.__delete__(c)
try:
    c.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.b.__delete__(c)
except AttributeError as e:
    print(type(e).__name__, e)
d = D()
try:
    C.a.__set__(d, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.a.__get__(d, D)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.a.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(C):
    pass
s = Sub()
C.a.__set__(s, "sub ok")
print(s.a, Sub.a is C.a)
print(sorted(k for k in C.__dict__ if not k.startswith("__")), C.__slots__)
class Wrapped:
    __slots__ = ("v",)
    def __init__(self):
        self.v = 1
Wrapped.v_desc = Wrapped.v
w = Wrapped()
print(w.v_desc, "a member descriptor works under another name")
print(hasattr(md, "__set__"), hasattr(md, "__delete__"), md.__doc__)
class Doc:
    __slots__ = {"x": "the x slot"}
print(Doc.x.__doc__)
