# math: exact integer functions (factorial, gcd, lcm, comb, perm, isqrt, prod)
import math

print([math.factorial(i) for i in range(8)])
print(math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(-12, 8))
print(math.gcd(2**100, 6**50), math.gcd(True, 5))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4))
print(math.comb(10, 3), math.comb(100, 50), math.comb(3, 5), math.comb(5, 0), math.comb(5, 5))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(5, None), math.perm(20, 20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**20 + 1), math.isqrt(2**201))
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.prod(['ab', 3]), math.prod([2, 3], start=[0]), math.prod(iter([7, 6])))
print(type(math.gcd(True, True)).__name__, type(math.comb(5, 2)).__name__)

class Fraction:
    def __init__(self, n):
        self.n = n
    def __mul__(self, other):
        return Fraction(self.n * other)
    def __rmul__(self, other):
        return Fraction(other * self.n)

print(math.prod([2, 3], start=Fraction(7)).n)
