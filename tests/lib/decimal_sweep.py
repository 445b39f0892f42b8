# decimal: a deterministic pseudo-random sweep over context operations
# (random contexts: precision, rounding, exponent limits, clamp; random
# operands including specials, huge and tiny exponents), printing results
# and flags; plus comparisons/conversions against int, float and Fraction.
import math
from decimal import *
from fractions import Fraction

seed = 2024
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n

ROUNDINGS = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
             ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]

def operand():
    k = rnd(20)
    if k == 0:
        return Decimal(['Inf', '-Inf', 'NaN', '-NaN3', 'sNaN', '0', '-0', '0E-30', '0E+30'][rnd(9)])
    nd = 1 + rnd(30 if k < 5 else 8)
    coef = 0
    for i in range(nd):
        coef = coef * 10 + rnd(10)
    if k < 3:
        exp = rnd(40) - 20 + [0, 90, -90][rnd(3)]
    else:
        exp = rnd(16) - 10
    return Decimal((rnd(3) == 0 and 1 or 0, tuple(map(int, str(coef))), exp))

def context():
    p = 1 + rnd(30)
    emax = [999999, 99, 20, 5][rnd(4)]
    return Context(prec=p, rounding=ROUNDINGS[rnd(8)], Emax=emax, Emin=-emax,
                   clamp=rnd(4) == 0, traps=[])

def fl(c):
    r = ''.join(s.__name__[:3] for s, v in c.flags.items() if v)
    c.clear_flags()
    return r

ops2 = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
        'divmod', 'compare', 'compare_signal', 'max', 'min', 'max_mag', 'min_mag', 'quantize',
        'next_toward', 'same_quantum', 'compare_total', 'power', 'power', 'scaleb', 'shift',
        'rotate', 'compare_total_mag', 'copy_sign']
ops1 = ['sqrt', 'plus', 'minus', 'abs', 'normalize', 'to_integral_exact', 'to_integral_value',
        'logb', 'next_plus', 'next_minus', 'number_class', 'to_eng_string', 'to_sci_string',
        'exp', 'ln', 'log10', 'exp', 'ln', 'log10', 'sqrt', 'is_normal', 'is_subnormal',
        'logical_invert']
for i in range(2000):
    c = context()
    a = operand()
    b = operand()
    if rnd(2):
        op = ops2[rnd(len(ops2))]
        if op == 'power':
            if not b.is_nan() and b.is_finite() and b.adjusted() > 2:
                b = b.scaleb(-b.adjusted())
        try:
            r = getattr(c, op)(a, b)
        except Exception as e:
            r = type(e).__name__
        print(i, c.prec, c.rounding[6:], c.Emax, c.clamp, op, a, b, r, fl(c))
    else:
        op = ops1[rnd(len(ops1))]
        try:
            r = getattr(c, op)(a)
        except Exception as e:
            r = type(e).__name__
        print(i, c.prec, c.rounding[6:], c.Emax, c.clamp, op, a, r, fl(c))
    print('  fma', c.fma(a, b, operand()), fl(c))

setcontext(Context())
for i in range(400):
    a = operand()
    if a.is_nan():
        continue
    f = [0.5, -1.25, 1e300, 3.0, float('inf'), 0.1][rnd(6)]
    fr = Fraction(rnd(100) - 50, 1 + rnd(20))
    n = rnd(2000) - 1000
    out = [a == f, a < f, a == fr, a <= fr, a > fr, a == n, a < n, a >= n]
    if a.is_finite():
        ratio = a.as_integer_ratio()
        out += [int(a), round(a), math.floor(a), math.ceil(a),
                hash(a) == hash(Fraction(*ratio)), float(a)]
        try:
            out.append(round(a, rnd(10) - 5))
        except Exception as e:
            out.append(type(e).__name__)
    print(a, f, fr, n, out)
