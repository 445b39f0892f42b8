# enum.Flag and IntFlag: operators, composite members, repr/str, boundaries.
from enum import Flag, IntFlag, auto, CONFORM, EJECT

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(list(Perm), len(Perm), Perm.__members__)
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm.W | Perm.R), repr(Perm(7)))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R), repr(~Perm.R), repr(~Perm.RWX))
print(list(Perm.R | Perm.X), len(Perm.R | Perm.W), Perm.R in Perm(6), Perm.X in Perm(6))
print(repr(Perm.R & Perm.W), repr(Perm.RWX ^ Perm.W), (Perm.R | Perm.W) is Perm(6))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)

class Q(Flag):
    A = auto()
    B = auto()
    AB = A | B
    C = auto()

print(list(Q), Q.AB, repr(Q(3)), repr(Q(7)), repr(~Q.A), Q.C.value)

class IP(IntFlag):
    R = 4
    W = 2

print(repr(IP.R | IP.W), str(IP.R | IP.W), repr(IP(9)), repr(IP(0)), str(IP(0)))
print(repr(~IP.R), IP.R | 8, repr(IP.R | 8), IP.R + 1, IP.R == 4, repr(IP(2 | 16)))
print(repr(IP(-1)), repr(IP.R ^ IP.W), IP.R & 5, type(IP.R & 5).__name__, format(IP.W, '03d'))

class C(Flag, boundary=CONFORM):
    A = 1
    B = 2

class E(Flag, boundary=EJECT):
    A = 1
    B = 2

print(repr(C(7)), E(7), type(E(7)).__name__, repr(E(3)))
print(repr(Flag), repr(IntFlag), repr(Perm), IP.__mro__[1].__name__)
