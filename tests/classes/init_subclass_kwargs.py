# __init_subclass__: implicit classmethod, keywords, super() chain, interaction with metaclass kw
class Base:
    seen = []
    def __init_subclass__(cls, /, tag="none", **kw):
        print("  Base hook", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.seen.append(cls.__name__)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("  Mixin hook", cls.__name__, kw)
        super().__init_subclass__(**kw)
class A(Base, tag="a"):
    pass
class B(A):
    pass
class C(Mixin, Base, tag="c"):
    pass
print(A.tag, B.tag, C.tag, Base.seen)
print(type(Base.__dict__["__init_subclass__"]).__name__)
try:
    class D(Base, tag="d", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("  Meta.__new__ kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class E(Base, metaclass=Meta, tag="e"):
    pass
print(E.tag, type(E).__name__)
class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
        cls.number = Counter.count
X = type("X", (Counter,), {})
class Y(Counter): pass
print(X.number, Y.number, hasattr(Counter, "number"))
class Req:
    def __init_subclass__(cls, **kw):
        missing = [n for n in ("run",) if not hasattr(cls, n)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {missing}")
try:
    class NoRun(Req):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Ok(Req):
    def run(self): pass
print(Ok.__name__)
