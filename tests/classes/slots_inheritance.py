import sys
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))
try:
    b.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
c = C()
c.a, c.b, c.c = 1, 2, 3
print(c.__dict__, c.a)
print(sys.getsizeof(A()), sys.getsizeof(B()))
print(sorted(k for k in B.__dict__ if not k.startswith("__")), type(A.__dict__["a"]).__name__)
class W:
    __slots__ = ("x", "__weakref__")
print(sys.getsizeof(W()), hasattr(W(), "__dict__"))
class D1:
    __slots__ = ("p",)
class D2:
    __slots__ = ("q",)
try:
    class Both(D1, D2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class Fine(E1, E2):
    __slots__ = ("z",)
f = Fine()
f.z = 1
print(f.z)
try:
    class IntSlots(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __slots__ = ("x", "x")
print(Dup.__slots__)
class StrSlot:
    __slots__ = "single"
s = StrSlot()
s.single = "ok"
print(s.single, StrSlot.__slots__)
class Default:
    __slots__ = ("v",)
    def __init__(self):
        self.v = [1]
print(Default().v, hasattr(Default, "__dict__"), "__dict__" in dir(Default()))
