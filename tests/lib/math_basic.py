# math: constants, elementary functions, floor/ceil/trunc through the dunders
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(0))
print(math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(1000))
print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log1p(1e-10))
print(math.expm1(1e-10), math.pow(2, 10), math.pow(-8, 3), math.pow(0, 0), math.pow(math.nan, 0))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.gamma(5), math.erf(1), math.exp2(10))
print(math.fabs(-3), math.copysign(1, -0.0), math.copysign(2.5, 1))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(math.floor(7), math.ceil(True), math.trunc(10**30), type(math.floor(1.0)).__name__)
print(math.floor(1e300) == 10**300 // 10**300 * int(1e300))

class Num:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
    def __float__(self):
        return 2.25

n = Num()
print(math.floor(n), math.ceil(n), math.trunc(n), math.sqrt(n), math.fabs(n))

class Idx:
    def __index__(self):
        return 9

print(math.sqrt(Idx()), math.isqrt(Idx()), math.factorial(Idx()))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(a=1, b=1.05, rel_tol=0.1))
print(math.sqrt.__name__, math.__name__, 'fsum' in dir(math))
