# property: getter/setter/deleter copies and CPython 3.11's error texts
class P:
    def __init__(self):
        self._v = 0
    @property
    def ro(self):
        "read-only doc"
        return self._v
    def _set(self, v):
        self._v = v
    rw = property(lambda self: self._v, _set)
    wo = property(None, _set)
    anon = property()
p = P()
for stmt in ("p.ro = 1", "del p.ro", "p.wo", "del p.wo", "p.anon", "p.anon = 1", "del p.anon", "p.rw"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except AttributeError as e:
        print(stmt, "->", type(e).__name__, e)
print(P.ro.__doc__, P.ro.fget.__name__, P.ro.fset, P.ro.fdel)
ro2 = P.ro.setter(lambda self, v: None)
print(ro2 is P.ro, ro2.fget is P.ro.fget, ro2.__doc__)
class Q:
    @property
    def x(self):
        return "x"
    @x.setter
    def x(self, v):
        print("  set", v)
    @x.deleter
    def x(self):
        print("  deleted")
q = Q()
q.x = 5
del q.x
print(q.x, type(Q.__dict__["x"]).__name__, isinstance(Q.x, property))
class R(Q):
    @Q.x.getter
    def x(self):
        return "R getter"
print(R().x)
R().x = 9
def getter(self):
    raise AttributeError("inner")
class S:
    x = property(getter)
    def __getattr__(self, name):
        return "getattr fallback " + name
print(S().x)
try:
    property(1)(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.ro.__get__(5)
except AttributeError as e:
    print(type(e).__name__, e)
print(P.ro.__get__(None, P) is P.ro)
