# Bound methods carry __self__ and __func__; each access makes a new one
class C:
    def m(self, x=1):
        return (type(self).__name__, x)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
c = C()
b1, b2 = c.m, c.m
print(b1 is b2, b1 == b2, b1.__self__ is c, b1.__func__ is C.m)
print(type(b1).__name__, b1.__name__, b1.__qualname__, b1.__doc__)
print(b1(5), C.m(c, 6), b1.__func__(c, 7))
d = C()
print(c.m == d.m, "bound method equality uses identity of __self__")
print(hash(c.m) == hash(c.m))
import types
mb = types.MethodType(C.m, 99)
print(mb(), mb.__self__, mb == types.MethodType(C.m, 99))
f = lambda self: "lambda"
C.lam = f
print(c.lam(), c.lam.__func__ is f)
c.inst_func = f
print(c.inst_func is f, "functions in the instance dict are not bound")
try:
    c.m.__self__ = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.m.newattr = 1
except AttributeError as e:
    print(type(e).__name__, e)
C.m.tag = "on function"
print(c.m.tag)
bi = [1, 2].append
print(type(bi).__name__, bi.__self__, bi.__name__, bi.__qualname__)
print(type(len).__name__, len.__self__ is __import__("builtins"))
print(type(C.__init__).__name__, type(c.__init__).__name__, type(object.__dict__["__init__"]).__name__)
print(type(str.join).__name__, type("".join).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(C.__eq__(c, 1), type(C.__eq__).__name__)
class D2(C):
    def m(self, x=2):
        return ("D2", super().m(x))
print(D2().m())
print(c.m.__get__(d) is not None, type(C.m.__get__(c)).__name__)
try:
    C.m()
except TypeError as e:
    print(type(e).__name__, e)
