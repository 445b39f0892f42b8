# Assigning __bases__: checks, cycles, layout, and the recomputed MRO
class A: pass
class B(A): pass
class Good(B, A): pass
print([k.__name__ for k in Good.__mro__])
try:
    B.__bases__ = (B,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__bases__ = (B,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    B.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class Plain: pass
class Sub(Plain): pass
for value in ([Plain], (1,), (S1,), (int,), (Plain, S1)):
    try:
        Sub.__bases__ = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del Sub.__bases__
except TypeError as e:
    print(type(e).__name__, e)
class Mixin:
    def hello(self): return "mixin hello"
class Leaf(Sub): pass
Sub.__bases__ = (Mixin, Plain)
print([k.__name__ for k in Leaf.__mro__], Leaf().hello(), Sub.__base__.__name__)
print([k.__name__ for k in Mixin.__subclasses__()], Sub in Plain.__subclasses__())
class WithLen:
    def __len__(self): return 7
Sub.__bases__ = (WithLen,)
print(len(Leaf()), len(Sub()), Plain.__subclasses__())
