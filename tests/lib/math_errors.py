# math: the exceptions CPython raises (domain, range, type and value errors)
import math

cases = [
    "math.sqrt(-1)", "math.log(0)", "math.log(-1.5)", "math.log(0.0, 10)", "math.log(10, 1)",
    "math.log(10, 0)", "math.log(-10**400)", "math.log2(0)", "math.log1p(-1)",
    "math.exp(1000)", "math.expm1(1000)", "math.cosh(1000)", "math.sinh(-1000)",
    "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.atanh(1)",
    "math.acosh(0)", "math.asin(2)", "math.sin(math.inf)", "math.fmod(math.inf, 1)",
    "math.fmod(1, 0)", "math.remainder(1, 0)", "math.gamma(0)", "math.gamma(-2)",
    "math.gamma(200)", "math.lgamma(-1)", "math.ldexp(1.0, 10000)", "math.ldexp(1.0, 2.0)",
    "math.sqrt('a')", "math.floor('a')", "math.trunc('a')", "math.log('a')", "math.hypot(1, 'a')",
    "math.sqrt(10**400)", "math.atan2(1)", "math.pow(1, 2, 3)", "math.nextafter(1)",
    "math.factorial(5.5)", "math.factorial(-1)", "math.factorial(5.0)", "math.gcd(1.5)",
    "math.isqrt(-1)", "math.comb(-1, 2)", "math.comb(5, -2)", "math.perm(5, -1)",
    "math.comb(10**30, 10**20)", "math.comb(1.0, 2)", "math.dist((1,), (1, 2))",
    "math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.fsum(['a'])",
    "math.fsum(5)", "math.isclose(1, 1, rel_tol=-1)", "math.isclose(1)",
    "math.prod([1, 2], 3)", "math.prod()", "math.lcm('a')", "math.sqrt(1, 2)", "math.floor()",
]
for src in cases:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
