# The most derived metaclass wins; unrelated metaclasses conflict
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(metaclass=M3):
    pass
try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class AC(A, C):
    pass
print(type(AC).__name__)
class CA(C, A):
    pass
print(type(CA).__name__)
class Plain:
    pass
class PA(Plain, A):
    pass
print(type(PA).__name__)
class Explicit(A, metaclass=type):
    pass
print(type(Explicit).__name__)
try:
    class Bad(B, metaclass=M1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
D = M3("D", (A,), {})
print(type(D).__name__)
try:
    M2("E", (A,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(AC, M1), isinstance(AC, M3), M3.__mro__[1:] == (M1, type, object))
