class Base:
    def hello(self):
        return "Base.hello"
class Kid(Base):
    def hello(self):
        return "Kid>" + super().hello()
    def explicit(self):
        return super(Kid, self).hello()
k = Kid()
print(k.hello(), k.explicit(), super(Kid, k).hello(), type(super(Kid, k)).__name__)
print(super(Kid, Kid).hello(k))
def getter(self):
    return self._v * 2
def setter(self, v):
    self._v = v
class P:
    v = property(getter, setter, None, "doubled value")
p = P()
p.v = 5
print(p.v, P.v.__doc__, P.v.fget is getter, P.v.fdel)
ro = property(lambda self: "read only")
class Q:
    attr = ro
print(Q().attr, isinstance(ro, property))
try:
    Q().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
pr = property().getter(lambda self: 1)
class R:
    x = pr
print(R().x, pr.fset)
sm = staticmethod(lambda a, b: a + b)
cm = classmethod(lambda cls, v: (cls.__name__, v))
class S:
    add = sm
    make = cm
print(S.add(1, 2), S().add(3, 4), S.make(1), S().make(2))
print(type(S.__dict__["add"]).__name__, type(S.__dict__["make"]).__name__)
print(sm.__func__(5, 6), callable(sm))
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
class T(Base):
    def m(self):
        return [c.__name__ for c in type(self).__mro__], super().__thisclass__.__name__
print(T().m())
