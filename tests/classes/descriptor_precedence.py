# Lookup order: data descriptor > instance __dict__ > non-data descriptor / class attribute
class Data:
    def __get__(self, obj, owner=None):
        return "data.__get__" if obj is not None else "data on class"
    def __set__(self, obj, value):
        print("  Data.__set__", value)
class NonData:
    def __get__(self, obj, owner=None):
        return "nondata.__get__"
class SetOnly:
    def __set__(self, obj, value):
        print("  SetOnly.__set__", value)
class DelOnly:
    def __get__(self, obj, owner=None):
        return "delonly.__get__"
    def __delete__(self, obj):
        print("  DelOnly.__delete__")
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
    x = DelOnly()
    plain = "class value"
c = C()
c.__dict__.update(d="inst d", n="inst n", plain="inst plain", x="inst x")
print(c.d, c.n, c.plain, c.x)
c.d = 1
c.n = 2
print(c.__dict__["n"], c.n)
print(type(c.s).__name__, "set-only data descriptor returned itself")
c.__dict__["s"] = "inst s"
print(c.s)
c.s = 3
del c.x
print(C.d, C.n, type(C.__dict__["d"]).__name__)
try:
    c.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
del c.n
print(c.n)
class Sub(C):
    d = "plain overrides data descriptor in subclass"
s = Sub()
s.__dict__["d"] = "inst"
print(s.d)
NonData.__set__ = lambda self, obj, v: print("  now a data descriptor", v)
c.n = 7
c.__dict__["n"] = "inst n again"
print(c.n)
class Meta(type):
    attr = Data()
class K(metaclass=Meta):
    attr = "in class dict"
print(K.attr)
class K2(metaclass=Meta):
    pass
print(K2.attr)
