# decimal: arithmetic under every rounding mode and several precisions,
# with flags; overflow/underflow/subnormal/clamp with traps off
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP,
                     InvalidOperation, DivisionByZero, Overflow)

ROUNDINGS = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
             ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
ABBR = {decimal.InvalidOperation: 'I', decimal.FloatOperation: 'F',
        decimal.DivisionByZero: 'Z', decimal.Overflow: 'O', decimal.Underflow: 'U',
        decimal.Subnormal: 'S', decimal.Inexact: 'X', decimal.Rounded: 'R',
        decimal.Clamped: 'C'}

def flags(c):
    s = ''.join(ABBR[k] for k, v in c.flags.items() if v)
    c.clear_flags()
    return s or '-'

# a deterministic pseudo-random generator (LCG)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

def gen_operand():
    k = rnd(10)
    if k < 6:
        nd = 1 + rnd(12)
        coef = rnd(10**nd)
        exp = rnd(13) - 8
    elif k < 8:
        nd = 1 + rnd(40)
        coef = 0
        for i in range(nd):
            coef = coef * 10 + rnd(10)
        exp = rnd(60) - 40
    else:
        coef = [5, 15, 25, 95, 9999, 10, 100, 1, 0, 50005][rnd(10)]
        exp = rnd(7) - 4
    sign = rnd(3) == 0
    return Decimal((int(sign), tuple(map(int, str(coef))), exp))

operands = [gen_operand() for i in range(36)]
specials = [Decimal(s) for s in ['0', '-0', '1', '-1', 'Inf', '-Inf', 'NaN', '-NaN7', '0.5', '3']]

c = Context(prec=9, traps=[])
setcontext(c)
print('-- ops over operands, prec 9, all roundings')
for i in range(0, len(operands) - 1, 1):
    a = operands[i]
    b = operands[(i * 7 + 3) % len(operands)]
    row = []
    for r in ROUNDINGS:
        c.rounding = r
        res = []
        for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b):
            res.append(str(op()) + '/' + flags(c))
        row.append(' '.join(res))
    print(a, b)
    for r, line in zip(ROUNDINGS, row):
        print('   ', r[6:], line)

print('-- integer division / remainder')
c.rounding = ROUND_HALF_EVEN
for i in range(len(operands)):
    a = operands[i]
    b = operands[(i * 5 + 1) % len(operands)]
    print(a, b, a // b, a % b, divmod(a, b), a.remainder_near(b), flags(c))

print('-- specials')
for a in specials:
    out = []
    for b in specials:
        out.append('%s,%s,%s,%s' % (a + b, a - b, a * b, a / b))
    print(a, flags(c))
    print('   ', ' | '.join(out), flags(c))
for a in specials:
    out = []
    for b in specials:
        out.append('%s,%s,%s' % (a // b, a % b, divmod(a, b)))
    print(a, ' | '.join(out), flags(c))

print('-- rounding of exact values at several precisions')
vals = ['1.5', '2.5', '-1.5', '-2.5', '1.05', '1.15', '1.25', '1.35', '-1.05', '0.5',
        '123456.5', '9.95', '9.999', '-9.999', '1.0000001', '1.4999999', '1.5000001',
        '5.55', '0.0655', '99999.5']
for p in (1, 2, 3, 5):
    c.prec = p
    for r in ROUNDINGS:
        c.rounding = r
        print(p, r[6:], ' '.join(str(+Decimal(v)) for v in vals), flags(c))

print('-- precisions')
for p in (1, 3, 15, 28, 50):
    c.prec = p
    c.rounding = ROUND_HALF_EVEN
    print(p, Decimal(1) / 7, Decimal(2) / 3, Decimal(10) / 3 * 3, Decimal('123456789') * 987654321,
          Decimal('1E+50') + 1, Decimal('1') - Decimal('1E-60'), flags(c))
    print('  ', Decimal(2) ** 200, Decimal('1.1') ** 50, Decimal(3) ** -5, Decimal('0.9') ** 1000,
          flags(c))

print('-- powers')
c.prec = 28
pw = [('2', '10'), ('2', '-2'), ('2.0', '2'), ('-2', '3'), ('-2', '-3'), ('10', '30'),
      ('1.1', '2.0'), ('0', '0'), ('0', '2'), ('0', '-2'), ('-0', '3'), ('-0', '-3'),
      ('Inf', '2'), ('Inf', '-2'), ('-Inf', '3'), ('-Inf', '0'), ('1', 'Inf'),
      ('0.5', 'Inf'), ('2', 'Inf'), ('2', '-Inf'), ('-2', 'Inf'), ('-8', '0.5'),
      ('4', '0.5'), ('2', '0.5'), ('10', '0.5'), ('1.0001', '10000'), ('3', '1.5'),
      ('7', '-0.25'), ('1E+10', '0.1'), ('123.456', '7.89'), ('0.5', '0.5'),
      ('2', '1000'), ('2', '-1000'), ('1.000001', '1000000'), ('9', '0.5'), ('1', '12345.6'),
      ('10', '-5'), ('1.00', '3'), ('NaN', '0'), ('0', 'NaN'), ('sNaN', '1')]
for a, b in pw:
    print(a, b, Decimal(a) ** Decimal(b), flags(c))
print(pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 7), pow(Decimal(2), 100, 1000000007), flags(c))
print(pow(Decimal('3.5'), 2, 5), pow(Decimal(3), -1, 5), pow(Decimal(3), 2, 0), flags(c))
print(2 ** Decimal(3), Decimal(2) ** 3, flags(c))

print('-- exponent limits')
for emin, emax, p, clamp in [(-10, 10, 5, 0), (-10, 10, 5, 1), (-5, 5, 3, 0)]:
    c = Context(prec=p, Emin=emin, Emax=emax, clamp=clamp, traps=[])
    print(c)
    tests = ['9.9999E+10', '1E+11', '9.99994E+10', '123E+8', '1E+10', '1E-10', '1E-11', '1.2345E-11',
             '1E-14', '1E-15', '5E-15', '6E-15', '1.5E-14', '0E-20', '0E+20', '1.23456E-10',
             '99999E-14', '1E+6', '12E+5', '-9.99999E+10', '-1E-15', '-6E-15']
    for r in ROUNDINGS:
        c.rounding = r
        print(' ', r[6:], ' '.join(str(c.plus(Decimal(t))) + '/' + flags(c) for t in tests))
    c.rounding = ROUND_HALF_EVEN
    print('  mul', c.multiply(Decimal('1E+6'), Decimal('1E+6')), flags(c),
          c.multiply(Decimal('1E-6'), Decimal('1E-7')), flags(c),
          c.divide(Decimal(1), Decimal('3E+12')), flags(c),
          c.add(Decimal('1E+10'), Decimal('9E+10')), flags(c))

print('-- huge / tiny exponents')
c = Context(traps=[])
setcontext(c)
big = Decimal('1E+999999')
tiny = Decimal('1E-999999')
print(big * 10, flags(c), big + big, flags(c), tiny / 10, flags(c), tiny / 10**28, flags(c))
print(tiny * tiny, flags(c), big * big, flags(c), -big * big, flags(c))
print(Decimal('1E+500000') + Decimal('1E-500000'), flags(c))
print(Decimal('1E+500000') - Decimal('1E-500000'), flags(c))
print(Decimal('1') + Decimal('1E-100000'), flags(c))
print(Decimal('1E+100') // Decimal('3'), flags(c), Decimal('1E+100') % 3, flags(c))
print(Decimal('7E-100000') % 3, flags(c), Decimal(5) % Decimal('1E+100000'), flags(c))
c.rounding = ROUND_DOWN
print(big * 10, flags(c), -big * 10, flags(c))
c.rounding = ROUND_CEILING
print(big * 10, flags(c), -big * 10, flags(c), tiny / 10**40, flags(c), -tiny / 10**40, flags(c))
c.rounding = ROUND_FLOOR
print(big * 10, flags(c), -big * 10, flags(c), Decimal(1) - 1, flags(c))

print('-- mixed with int; unary ops')
setcontext(Context())
d = Decimal('2.50')
print(d + 1, 1 + d, d - 3, 3 - d, d * 2, 2 * d, d / 4, 4 / d, d // 2, 7 // d, d % 2, 7 % d,
      divmod(d, 2), divmod(7, d), -d, +d, abs(-d), abs(Decimal('-0')), -Decimal('0'),
      -Decimal('-0'), +Decimal('-0'))
c = getcontext()
c.rounding = ROUND_FLOOR
print(-Decimal('0'), +Decimal('-0'), Decimal('1') - Decimal('1'), Decimal('-0') + Decimal('0'))
c.rounding = ROUND_HALF_EVEN
c.prec = 4
print(+Decimal('123456'), -Decimal('1.23456'), abs(Decimal('-99999')), flags(c))
print(Decimal('1234567') + 0, Decimal(10**30) * 1, flags(c))

print('-- powers far below Etiny')
for prec, emin in [(6, -5), (6, -99), (3, -5), (28, -20)]:
    for r in (ROUND_UP, ROUND_CEILING, ROUND_HALF_EVEN, ROUND_FLOOR):
        c = Context(prec=prec, Emax=-emin, Emin=emin, rounding=r, traps=[])
        out = []
        for base, ns in [('2', (-40, -50, -51, -55, -60, -367, -380)), ('0.5', (17, 40, 46, 47, 363)),
                         ('0.1', (12, 14, 15, 109, 110, 1000)), ('10', (-16, -100, -1002)),
                         ('-3', (-35, -37)), ('190', (-230,)), ('0.9', (300, 400)),
                         ('0.05', (11, 1000)), ('2', ('-34.5', '-44.5')), ('0.1', ('17.5',))]:
            for n in ns:
                x = c.power(Decimal(base), Decimal(n))
                out.append('%s**%s=%s/%s' % (base, n, x, flags(c)))
        print(prec, emin, r[6:], ' '.join(out))
