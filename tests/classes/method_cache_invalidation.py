# Modifying a class or any base after first use is seen by every later lookup
class A:
    def f(self):
        return "A.f"
    x = "A.x"
class B(A):
    pass
class C(B):
    pass
c = C()
def call_many(obj):
    return [obj.f() for _ in range(3)][-1], obj.x
print(call_many(c))
A.f = lambda self: "new A.f"
print(call_many(c))
B.f = lambda self: "B.f"
print(call_many(c))
del B.f
print(call_many(c))
A.x = "A.x changed"
print(call_many(c))
C.x = "C.x"
print(call_many(c))
del C.x
print(call_many(c))
class Other:
    def f(self):
        return "Other.f"
    x = "Other.x"
C.__bases__ = (Other,)
print(call_many(c), C.__mro__[1].__name__)
C.__bases__ = (B,)
print(call_many(c))
setattr(A, "f", lambda self: "setattr A.f")
print(call_many(c))
type.__setattr__(B, "x", "B.x via type.__setattr__")
print(call_many(c))
