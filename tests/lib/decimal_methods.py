# decimal: Decimal methods (quantize, normalize, to_integral*, sqrt/exp/ln/log10,
# compare*, copy*, fma, predicates, max/min, next_*, shift/rotate, logical ops, ...)
import decimal
from decimal import *

ROUNDINGS = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
             ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
ABBR = {InvalidOperation: 'I', FloatOperation: 'F', DivisionByZero: 'Z', Overflow: 'O',
        Underflow: 'U', Subnormal: 'S', Inexact: 'X', Rounded: 'R', Clamped: 'C'}

def flags(c):
    s = ''.join(ABBR[k] for k, v in c.flags.items() if v)
    c.clear_flags()
    return s or '-'

def attempt(f, *a, **k):
    try:
        return str(f(*a, **k))
    except Exception as e:
        return '%s%s' % (type(e).__name__, e)

c = Context(traps=[])
setcontext(c)

print('-- quantize')
qv = ['1.23456', '-1.25', '2.5', '0.000', '123456789', '1E+5', '-0', '9.999', '0.0005', 'Inf', 'NaN', 'sNaN']
qe = ['0.01', '1', '1E+2', '1E-10', 'Inf', '0E+3']
for a in qv:
    print(a, ' '.join(str(Decimal(a).quantize(Decimal(e))) + '/' + flags(c) for e in qe))
for r in ROUNDINGS:
    print(r, ' '.join(str(Decimal(a).quantize(Decimal('0.1'), rounding=r)) for a in
                      ['1.25', '1.35', '-1.25', '-1.35', '1.21', '-1.29', '1.05', '1.55', '0.01', '-0.05']))
print(Decimal('1E-1000000').quantize(Decimal('1E-1000020')), flags(c))
print(Decimal('1E+999999').quantize(Decimal('1E+1000000')), flags(c))
c2 = Context(prec=3, traps=[])
print(c2.quantize(Decimal('123.45'), Decimal('0.1')), flags(c2), c2.quantize(Decimal('99.96'), Decimal('0.1')), flags(c2))
print(attempt(Decimal(1).quantize, Decimal(1), rounding='bad'))

print('-- normalize / to_integral')
for a in ['120.00', '0.00', '-0E+5', '1E+3', '100E-2', '1.2300E+999999', '123456789012345678901234567890000',
          'Inf', 'NaN5', 'sNaN', '5E-1000010']:
    d = Decimal(a)
    print(a, d.normalize(), flags(c), Context(prec=3, Emax=5, clamp=1, traps=[]).normalize(d))
for a in ['1.5', '2.5', '-1.5', '-0.5', '0.4', '12.345', '1E+3', '-0.0', '9.9999', '1.0', 'Inf', 'NaN', 'sNaN']:
    d = Decimal(a)
    print(a, d.to_integral_value(), flags(c), d.to_integral_exact(), flags(c),
          ' '.join(str(d.to_integral(rounding=r)) for r in ROUNDINGS))

print('-- sqrt')
for p in (5, 28, 60):
    c.prec = p
    for a in ['2', '4', '0.25', '1E-6', '1E+7', '10', '100.00', '0', '-0', '0E-3', '0E+3', '-1', '15241578750190521',
              '1.21', '3.4E-1000001', 'Inf', '-Inf', 'NaN', '0.0001', '99', '7E+100']:
        print(p, a, Decimal(a).sqrt(), flags(c))
c.prec = 9
for r in ROUNDINGS:
    c.rounding = r
    print(r, Decimal(2).sqrt(), Decimal(3).sqrt(), Decimal(8).sqrt(), flags(c))
c.rounding = ROUND_HALF_EVEN

print('-- exp / ln / log10')
vals = ['1', '2', '0.5', '-1', '10', '100', '0.001', '1E-30', '-1E-30', '123.456', '-123.456',
        '1E+3', '0', '-0', 'Inf', '-Inf', 'NaN', '1.0000000001', '0.9999999999', '1E+10', '-1E+10',
        '2302585.1', '-2302585.1', '7E-1000000']
for p in (9, 28, 50):
    c.prec = p
    for a in vals:
        d = Decimal(a)
        print(p, a, d.exp(), flags(c), d.ln(), flags(c), d.log10(), flags(c))
c.prec = 12
for r in ROUNDINGS:
    c.rounding = r
    print(r, Decimal(1).exp(), Decimal(2).ln(), Decimal(3).log10(), Decimal('-2').exp(),
          Decimal('0.5').ln(), Decimal('1000').log10(), Decimal('0.001').log10(), flags(c))
c.rounding = ROUND_HALF_EVEN
c.prec = 28

print('-- predicates')
pv = ['0', '-0', '1', '-2.5', '1E-999999', '1E-1000000', '-1E-1000005', '9E+999999', 'Inf', '-Inf',
      'NaN', '-sNaN', '0E-1000100']
for a in pv:
    d = Decimal(a)
    print(a, d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.is_finite(), d.is_zero(),
          d.is_signed(), d.is_normal(), d.is_subnormal(), d.is_canonical(), d.number_class(),
          d.adjusted(), d.canonical(), d.radix(), d.copy_abs(), d.copy_negate(), d.copy_sign(-1),
          d.logb(), flags(c))

print('-- compare and friends')
cv = ['1', '1.0', '-1', '0', '-0', '2', 'Inf', '-Inf', 'NaN', 'sNaN', '-NaN2', '1.00']
for a in cv:
    da = Decimal(a)
    out = []
    for b in cv:
        db = Decimal(b)
        out.append('%s%s%s%s' % (da.compare(db), da.compare_total(db), da.compare_total_mag(db),
                                 int(da.same_quantum(db))))
    print(a.rjust(5), ' '.join(x.rjust(9) for x in out), flags(c))
for a in cv:
    da = Decimal(a)
    print(a, ' '.join('%s,%s,%s,%s' % (da.max(Decimal(b)), da.min(Decimal(b)), da.max_mag(Decimal(b)),
                                       da.min_mag(Decimal(b))) for b in cv), flags(c))
print(Decimal(1).compare_signal(Decimal('NaN')), flags(c), Decimal(1).compare_signal(2), flags(c))

print('-- fma, remainder_near, scaleb, shift, rotate, next')
for a, b, d in [(2, 3, 4), ('1.5', '-2', '0.25'), ('Inf', 0, 1), ('Inf', 2, '-Inf'), ('NaN', 0, 1),
                (2, 3, 'sNaN'), ('1E+999999', 10, -1), ('123456789', '987654321', '-1E-20'), (0, '-1', '-0')]:
    print('fma', a, b, d, Decimal(a).fma(Decimal(b), Decimal(d)), flags(c))
for a, b in [(10, 3), (10, 6), (-10, 6), (10, 4), (14, 4), ('10.5', 3), (1, 0), (0, 0), ('Inf', 1),
             (1, 'Inf'), ('1E+30', 3), ('3.7', '-1.2'), ('-7', '2')]:
    print('rn', a, b, Decimal(a).remainder_near(Decimal(b)), flags(c))
for a, b in [('1.23', 2), ('1.23', -2), ('7E+5', '-3'), ('1', '1.5'), ('Inf', 3), ('1', 'Inf'),
             ('9E+999999', 1), ('1E-999999', -50), ('1', '3E+10')]:
    print('scaleb', a, b, Decimal(a).scaleb(Decimal(b)), flags(c))
c.prec = 9
for a in ['123456789', '1', '34', '-12345', '123E+3', 'Inf']:
    print('shift/rotate', a, ' '.join('%s,%s' % (Decimal(a).shift(n), Decimal(a).rotate(n))
                                       for n in (0, 1, -1, 3, -3, 9, -9, 10)), flags(c))
print(Decimal(1).shift(Decimal('1.5')), flags(c))
for a in ['1', '0', '-1', '9.99999999', '1E-1000007', '-1E-1000007', 'Inf', '-Inf', '999999999E+999991',
          '-999999999E+999991', '0E-1000010']:
    d = Decimal(a)
    print('next', a, d.next_plus(), d.next_minus(), d.next_toward(1), d.next_toward(-1),
          d.next_toward(Decimal(a)), flags(c))
print(Decimal('0').next_toward(Decimal('-0')), Decimal('-0').next_toward(Decimal('0')), flags(c))
print(Decimal('999999999E+999991').next_toward(Decimal('Inf')), flags(c))
print(Decimal('1E-1000007').next_toward(0), flags(c))
for a, b in [('1100', '1010'), ('1', '0'), ('111111111', '10'), ('2', '1'), ('-1', '1'), ('1.0', '1'),
             ('1E+1', '1'), ('1111111111', '1')]:
    d = Decimal(a)
    print('logical', a, b, d.logical_and(Decimal(b)), d.logical_or(Decimal(b)), d.logical_xor(Decimal(b)),
          d.logical_invert(), flags(c))
c.prec = 28
print('-- as_integer_ratio / adjusted')
for a in ['0.125', '-2.5E+3', '0', '1E-30', '3.14159']:
    print(a, Decimal(a).as_integer_ratio(), Decimal(a).adjusted())

print('-- near 1, high precision, huge exponents')
for p in (5, 28, 100):
    c.prec = p
    for x in ['1.0000000000000000000000001', '0.9999999999999999999999999',
              '1.00000000000000000000000000000000000000000001', '1.1', '0.9',
              '10.000000000000000000000000000001', '9.99999999999999999999999999999999', '2', '3']:
        d = Decimal(x)
        print(p, x, d.ln(), d.log10(), d.exp(), d.sqrt(), d ** Decimal('0.5'), d ** 1000, flags(c))
c.prec = 28
c.Emax = MAX_EMAX
c.Emin = MIN_EMIN
print(Decimal('1E+999999999999999999').ln(), Decimal('1E-999999999999999999').log10(),
      Decimal('123E+999999999999999990').sqrt(), Decimal('-1E+18').exp(), Decimal('1E+18').exp(), flags(c))
print(Decimal(10) ** 999999999999999999, Decimal(10) ** -999999999999999999, flags(c))
print(Decimal('1.0000001') ** 10**20, Decimal('1.0000001') ** (10**9), Decimal('0.99') ** 12345678,
      Decimal(7) ** -123456, Decimal('-1.5') ** 1001, Decimal('123.456') ** Decimal('1E+5'), flags(c))
for a in ['1.00', '100', '0.0100', '2.50', '-20', '1E+3', '5', '0.5', '12.3400']:
    print(a, ' '.join(repr(Decimal(a) ** n) for n in (-3, -2, -1, 0, 1, 2, 3)))
