class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abc"[i], range(10)[Idx(3)], [0, 1, 2, 3][Idx(1):Idx(3)])
print(hex(i), bin(i), oct(Idx(8)), int(i), operator_free := i.__index__())
print(bytes(Idx(3)), [1] * Idx(3), "ab" * Idx(2), (0,) * Idx(2))
print(round(3.14159, Idx(2)), chr(Idx(65)), [1, 2, 3, 4].pop(Idx(0)))
class BadIdx:
    def __index__(self):
        return "no"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
class Int(int):
    pass
print([1, 2, 3][Int(1)], isinstance(Int(1), int))
class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "positive"
    def __invert__(self):
        return "inverted"
    def __abs__(self):
        return "absolute"
n = Neg()
print(-n, +n, ~n, abs(n))
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __bool__(self):
        return False
    def __str__(self):
        return "Conv"
    def __bytes__(self):
        return b"conv"
c = Conv()
print(int(c), float(c), complex(c), bool(c), str(c), bytes(c))
class Rnd:
    def __round__(self, n=None):
        return f"round({n})"
    def __trunc__(self):
        return 3
    def __floor__(self):
        return 2
    def __ceil__(self):
        return 4
print(round(Rnd()), round(Rnd(), 1))
class Sz:
    def __sizeof__(self):
        return 100
import sys
print(sys.getsizeof(Sz()) - 100)
