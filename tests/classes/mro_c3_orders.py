# C3 linearisation on the classic examples
def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)
O = object
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print(names(A))
class K1: pass
class K2: pass
class K3: pass
class X(K1, K2): pass
class Y(K2, K3): pass
class Z(X, Y): pass
print(names(Z))
class Top: pass
class Left(Top): pass
class Right(Top): pass
class Bottom(Left, Right): pass
print(names(Bottom), Bottom.mro() == list(Bottom.__mro__), type(Bottom.mro()).__name__)
class Reverse(Meta := type):
    def mro(cls):
        return [cls] + list(reversed(super().mro()[1:]))
class R(Left, Right, metaclass=Reverse): pass
print(names(R))
class Once(type):
    def mro(cls):
        default = super().mro()
        print("  mro() called for", cls.__name__)
        return default
class OM(metaclass=Once): pass
class OM2(OM): pass
print(names(OM2))
class BadMro(type):
    def mro(cls):
        return [cls, 1]
try:
    class BM(metaclass=BadMro): pass
except TypeError as e:
    print(type(e).__name__, e)
print(names(bool), names(type), names(KeyError))
class Deep1: pass
class Deep2(Deep1): pass
class Deep3(Deep2): pass
class Side(Deep1): pass
class Join(Deep3, Side): pass
print(names(Join))
print(object.__mro__, type.mro(int))
