# staticmethod and classmethod objects as descriptors
class C:
    @staticmethod
    def s(a, b=2):
        return ("s", a, b)
    @classmethod
    def c(cls, a):
        return ("c", cls.__name__, a)
    def m(self):
        return "m"
class D(C):
    pass
print(C.s(1), C().s(1, 3), D.c(0), D().c(0))
sm = C.__dict__["s"]
cm = C.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is C.s, cm.__func__.__name__)
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__)
print(sm(5), "staticmethod objects are callable in 3.10+")
try:
    cm(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sm.__get__(None, C) is C.s, cm.__get__(None, D)(1))
bound = D.c
print(bound.__self__ is D, bound.__func__ is cm.__func__, type(bound).__name__)
print(C.s.__name__, C.s.__qualname__, C.c.__qualname__)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)
def plain(x):
    return x
C.dyn = staticmethod(plain)
C.dync = classmethod(plain)
print(C().dyn(7), C().dync() is C)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class WithDoc:
    @staticmethod
    def f():
        "static doc"
    @classmethod
    def g(cls):
        "class doc"
print(WithDoc.__dict__["f"].__doc__, WithDoc.__dict__["g"].__doc__)
sm2 = staticmethod(len)
print(sm2.__func__ is len, sm2("abc"))
class E:
    meth = classmethod(len)
try:
    E.meth()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(C.__dict__["m"], staticmethod), callable(sm))
