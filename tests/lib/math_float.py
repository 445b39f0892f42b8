# math: float decomposition, exact sums and norms, neighbours of a float
import math

print(math.frexp(8.0), math.frexp(0.0), math.frexp(-0.1), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(3, 10**30 * -1), math.ldexp(math.inf, 5))
print(math.modf(3.25), math.modf(-3.25), math.modf(-math.inf), math.modf(2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, math.inf), math.remainder(7, 3), math.remainder(5, 2))
print(math.remainder(7, math.inf), math.remainder(-5, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([]), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
print(math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum(x / 7 for x in range(100)), math.fsum([1, 2, 3]), math.fsum([-0.0]))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(1e-310, 1e-310))
print(math.hypot(1e308, 1e308), math.hypot(*range(10)), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist(iter([1]), (4,)))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(1, 1))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(-2.0), math.ulp(math.inf), math.ulp(math.nan))
print(math.sqrt(4.0) == 2, math.isqrt(2**52 + 1), math.cbrt(-8))
