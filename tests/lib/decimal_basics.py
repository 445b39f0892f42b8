# decimal: construction, str/repr, eng strings, tuples, conversions,
# comparisons, hashing
import decimal
from decimal import Decimal, getcontext, InvalidOperation, FloatOperation
from fractions import Fraction
import math

ctx = getcontext()

def show(x):
    try:
        return repr(x)
    except Exception as e:
        return 'ERR %s %s' % (type(e).__name__, e)

def attempt(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

strings = ['0', '-0', '+0', '1', '-1', '1.0', '1.00', '100', '1E+2', '1e2', '1E-2',
           '0.000001', '0.0000001', '1E-7', '-1E-7', '123.456', '123456789012345678901234567890',
           '1.23E+5', '1.23E-5', '12.3E-10', '0E+5', '0E-7', '-0E-3', '0.00', '.5', '5.',
           '+.5e-3', '  42  ', '\t-7\n', '1_000', '1__0', '_1_', '1e_5', '٣٤', 'Inf', 'inf',
           '-Infinity', '+INFINITY', 'nan', 'NaN', '-NaN', 'NaN123', 'nan00012', 'NaN0',
           'sNaN', '-sNaN7', 'snan', 'abc', '', ' ', '1 0', '1e', 'e5', '.', '1.2.3', '--1',
           '0x10', '1e+-5', 'infinit', 'nana', 'sNaN1a', '1E999999999', '9.99E-999999',
           '12345E+20', '7E-1000005', '-12.5E+7']
for s in strings:
    ctx.clear_flags()
    ctx.traps[InvalidOperation] = False
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple(), ctx.flags[InvalidOperation])
ctx.traps[InvalidOperation] = True
ctx.clear_flags()

print('-- to_eng_string')
for s in ['0E+1', '0E+2', '0E+3', '0E-7', '0E-8', '1E+1', '12E+5', '123E+5', '1E-7',
          '-0E-3', '123.456E-10', '1E+100', '1234E+100', '0.0001E-2']:
    print(s, Decimal(s).to_eng_string(), str(Decimal(s)))

print('-- ints')
for i in [0, 1, -1, 7, 10**30, -(2**100), True, False]:
    print(repr(Decimal(i)), Decimal(i).as_tuple())

print('-- floats')
for f in [0.1, -0.5, 1.5, 1e100, 1e-300, 2.0**-1074, 0.0, -0.0, float('inf'), float('-inf'),
          float('nan'), 3.141592653589793, 123456789.0]:
    d = Decimal(f)
    print(repr(d) if len(repr(d)) < 120 else repr(d)[:120] + '...', ctx.flags[FloatOperation])
    ctx.clear_flags()
print(repr(Decimal.from_float(0.25)), repr(Decimal.from_float(5)))

print('-- tuples')
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 5), (1, (4, 5), 'F'), (0, (1, 2), 'n'),
          (1, (3,), 'N'), [0, [1, 0], 3], (0, (1, 2), 'x'), (2, (1,), 0), (0, (10,), 0),
          (0, (1,), 1.5), (0, (1,)), (0, [1, 'a'], 0), (-1, (1,), 0), (0, (0, 0, 1), 0)]:
    print(t, attempt(Decimal, t))

print('-- other types')
for v in [Decimal('1.5'), [1], {}, None, 1j, b'1', Fraction(1, 2)]:
    print(attempt(Decimal, v))
d = Decimal('3.14')
print(Decimal(d) is d, Decimal(d) == d)

print('-- numeric conversions')
for s in ['1.5', '-1.5', '2.5', '-2.5', '0.5', '123.999', '-0.001', '1E+3', '1E-3', '-0',
          '7', '1234567890.0987654321', '1E+20', '9.5', '10.5']:
    d = Decimal(s)
    print(s, int(d), float(d), d.as_integer_ratio(), round(d), round(d, 1), round(d, -1),
          math.floor(d), math.ceil(d), math.trunc(d), bool(d), complex(d))
for s in ['NaN', 'sNaN', 'Inf', '-Inf']:
    d = Decimal(s)
    for f in (int, float, math.floor, math.ceil, round, lambda x: round(x, 2),
              Decimal.as_integer_ratio, math.trunc, bool):
        print(s, attempt(f, d))

print('-- hashing')
for s in ['1.5', '-1.5', '0.1', '100', '1E+2', '100.000', '-0', '0', '1E-20', '0.3333',
          '1E+500', '123456789012345678901234567890', '-1', '2.5E-7', 'Inf', '-Inf']:
    d = Decimal(s)
    n, den = (d.as_integer_ratio() if d.is_finite() else (None, None))
    same_frac = hash(d) == hash(Fraction(n, den)) if n is not None else None
    print(s, hash(d), same_frac, hash(d) == hash(float(d)) if float(d) == d else '-')
print(attempt(round, Decimal('1E+30'), 1), attempt(round, Decimal('1.5'), 'x'))
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7), hash(Decimal('-1')) == -2)
print(attempt(hash, Decimal('sNaN')))
n = Decimal('NaN')
print(hash(n) == hash(n))

print('-- comparisons')
vals = [Decimal('1'), Decimal('1.0'), Decimal('-1'), Decimal('0'), Decimal('-0'),
        Decimal('2.5'), Decimal('Inf'), Decimal('-Inf'), 1, 2, 0.5, 2.5, Fraction(5, 2),
        Fraction(1, 3), Decimal('0.3333333333333333333333333333')]
for a in vals[:8] + [vals[-1]]:
    row = []
    for b in vals:
        row.append('%d%d%d%d' % (a == b, a < b, a >= b, a != b))
    print(repr(a), ' '.join(row))
ctx.clear_flags()
print(Decimal('1.5') == 1.5, ctx.flags[FloatOperation])
ctx.clear_flags()
print(Decimal('1.5') < 2.0, ctx.flags[FloatOperation])
ctx.clear_flags()
print(Decimal(1) == 1+0j, Decimal(1) == 1+1j, Decimal(1) != 1j)
print(attempt(lambda: Decimal(1) < 1j))
print(attempt(lambda: Decimal(1) < 'a'), Decimal(1) == 'a')
q = Decimal('NaN')
s = Decimal('sNaN')
print(q == q, q != q, q == 1, 1 != q)
print(attempt(lambda: q < 1))
print(attempt(lambda: 1 >= q))
print(attempt(lambda: s == 1))
print(attempt(lambda: s != s))
ctx.traps[InvalidOperation] = False
print(q < 1, q >= q, s == 1, s != 1, ctx.flags[InvalidOperation])
ctx.traps[InvalidOperation] = True
ctx.clear_flags()
print(sorted([Decimal('3'), Decimal('1.5'), 2, Decimal('-Inf'), 0.25, Decimal('1.50')]))
print(max(Decimal('1.0'), Decimal('1.00')), min(1, Decimal('0.999')))
print(isinstance(Decimal(1), __import__('numbers').Number),
      isinstance(Decimal(1), __import__('numbers').Real))
print(Decimal(5).real, Decimal(5).imag, Decimal('-2.5').conjugate())
import copy, pickle
d = Decimal('-12.340')
print(repr(copy.copy(d)), repr(copy.deepcopy(d)), repr(pickle.loads(pickle.dumps(d))))

class MyDec(Decimal):
    pass
m = MyDec('1.25')
print(type(m).__name__, repr(m), type(m + 1).__name__, type(Decimal(m)).__name__, m == Decimal('1.25'))
