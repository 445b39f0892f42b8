# Property reads through the LOAD_ATTR cache: setters, shadowing attempts, the
# class attribute replaced or deleted (also from inside the getter), __getattr__.
class A:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
a = A()
for i in range(3):
    print(a.x)
    a.x = i + 10
a.__dict__['x'] = 'shadow?'
print(a.x)
A.x = property(lambda self: "replaced")
print(a.x)
del A.x
print(a.x)
class B:
    @property
    def p(self):
        del B.p
        return "deleted itself"
b = B()
print(b.p, b.p if hasattr(b, 'p') else 'gone')
class C:
    @property
    def v(self): raise AttributeError("nope")
    def __getattr__(self, n): return "getattr " + n
for _ in range(3): print(C().v)
class A2:
    @property
    def x(self): return "A2.x"
class D(A2): pass
d = D()
for _ in range(2): print(d.x)
