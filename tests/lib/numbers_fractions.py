# numbers ABCs and fractions.Fraction: construction, parsing errors, arithmetic
# with int/float/complex, comparisons, hashing, rounding, copying.
import numbers
import fractions
from fractions import Fraction as F
import math
import copy
import sys


def show(label, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__, repr(r))


print('--- numbers')
for name in ('Number', 'Complex', 'Real', 'Rational', 'Integral'):
    cls = getattr(numbers, name)
    print(name, type(cls).__name__, sorted(cls.__abstractmethods__))
print(numbers.Number.__hash__, numbers.Complex.__hash__)
for v in (1, True, 1.5, 2j, F(1, 2), 'x', None):
    print(repr(v), [n for n in ('Number', 'Complex', 'Real', 'Rational', 'Integral')
                    if isinstance(v, getattr(numbers, n))])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
print(issubclass(F, numbers.Rational), issubclass(F, numbers.Integral))
show('Number()', lambda: type(numbers.Number()))
show('Real()', lambda: type(numbers.Real()))


class MyInt(numbers.Integral):
    # a minimal Integral relying on the concrete defaults
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(s, o): return NotImplemented
    __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = __lshift__
    __xor__ = __rxor__ = __or__ = __ror__ = __lshift__
    def __invert__(s): return MyInt(~s.v)
    def __add__(s, o): return MyInt(s.v + int(o))
    __radd__ = __add__
    def __neg__(s): return MyInt(-s.v)
    def __pos__(s): return MyInt(s.v)
    def __mul__(s, o): return MyInt(s.v * int(o))
    __rmul__ = __mul__
    def __truediv__(s, o): return s.v / int(o)
    def __rtruediv__(s, o): return int(o) / s.v
    def __rpow__(s, o): return o ** s.v
    def __abs__(s): return MyInt(abs(s.v))
    def __eq__(s, o): return s.v == int(o)
    def __lt__(s, o): return s.v < int(o)
    def __le__(s, o): return s.v <= int(o)
    def __trunc__(s): return s.v
    __floor__ = __ceil__ = __trunc__
    def __round__(s, n=None): return s.v
    def __floordiv__(s, o): return MyInt(s.v // int(o))
    def __rfloordiv__(s, o): return MyInt(int(o) // s.v)
    def __mod__(s, o): return MyInt(s.v % int(o))
    def __rmod__(s, o): return MyInt(int(o) % s.v)
    def __repr__(s): return 'MyInt(%d)' % s.v
    __hash__ = object.__hash__


m = MyInt(7)
print(m.numerator, m.denominator, float(m), complex(m), m.real, m.imag, m.conjugate())
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), bool(m), bool(MyInt(0)), m.__index__())
print([10, 20, 30, 40, 50, 60, 70, 80][m], F(m), F(3, m), F(m) + 1)

print('--- construction')
for args in [(), (7,), (-7,), (3, 4), (6, -8), (-6, -8), (0, -5), (F(1, 2),),
             (F(1, 2), F(3, 4)), (F(1, 2), 3), (3, F(1, 2)), (True,), (3, True),
             (0.5,), (-0.1,), (1e100,), (0.0,), (-0.0,), (2**70, 6), (m,)]:
    show('F%r' % (args,), lambda: F(*args))
show('kw', lambda: F(numerator=3, denominator=9))
for args in [(1, 0), (6, 0), (-3, 0), (F(1, 2), 0), (0, 0),
             (1.5, 2), ('1/2', 3), (1, 2.0), ([1],), (None,), (2j,),
             (float('nan'),), (float('inf'),), (float('-inf'),), (b'1',)]:
    show('F%r' % (args,), lambda: F(*args))

print('--- strings')
for s in ['3/4', ' -1.5e2 ', '7', '-7', '+7', '0', '-0', '3 / 4', '3/ 4', ' 3 /4 ',
          '\t-3/6\n', '1.5', '-.5', '.5', '1.', '1.e5', '1.25E-3', '1e+3', '1E3',
          '0.000', '1_000', '1_000/2_0', '1.2_5', '1e1_0', '00012/0008',
          '12345678901234567890.123456789e-5', '-0.0', '5e-0', '\u0663/\u0664',
          '1\xa0', '\u20031/2', '-\u0661.\u0665']:
    show('F(%r)' % s, lambda: F(s))
for s in ['abc', '', ' ', '+', '-', '.', '1/', '/2', '1/-2', '1/+2', '1.5/2',
          '1/2.0', '1/2e3', '1e', '1e+', 'e5', '.e5', '1..2', '1__0', '_1', '1_',
          '1._5', '1.5_', '1e_5', '1/0', '-3/0', '0/0', '3 4', '- 3', '1 .5',
          '1 e5', '1/2_', '1/_2', '1 /2', '1/ 2', 'inf', 'nan', '0x10', '1/2/3', '1j', '3/4 x', '٣']:
    show('F(%r)' % s, lambda: F(s))

print('--- properties and helpers')
x = F(-6, 8)
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real, x.imag, x.conjugate())
print(type(x.numerator).__name__, type(x.real).__name__)
show('set numerator', lambda: setattr(x, 'numerator', 5))
show('set attr', lambda: setattr(x, 'foo', 5))
print(repr(x), str(x), str(F(5)), repr(F(5)), format(F(1, 3)), '%s' % F(2, 3),
      '{}'.format(F(4)), '{!r}'.format(F(1, 9)))
show('format spec', lambda: format(F(1, 3), '>10'))
print(hasattr(F, 'is_integer'), hasattr(F, '__format__') and F.__format__ is object.__format__)
print(F.from_float(0.1), F.from_float(-2.5), F.from_float(3), F.from_float(True))
show('from_float str', lambda: F.from_float('1.5'))
show('from_float F', lambda: F.from_float(F(1, 2)))
show('from_float nan', lambda: F.from_float(float('nan')))
show('from_decimal int', lambda: F.from_decimal(5))
show('from_decimal float', lambda: F.from_decimal(1.5))

import math as _m
pi = F(_m.pi)
for md in (1, 2, 7, 10, 100, 113, 1000, 10**6, 10**20):
    print('limit', md, pi.limit_denominator(md))
print(F(1, 3).limit_denominator(2), F(2, 3).limit_denominator(2), F(3, 8).limit_denominator(5),
      F(-5, 8).limit_denominator(3), F(1, 2).limit_denominator(1), F('0.3333').limit_denominator(10),
      F(5, 1).limit_denominator(1), F(-1, 3).limit_denominator(2), F(0.1).limit_denominator())
show('limit 0', lambda: F(1, 3).limit_denominator(0))

print('--- arithmetic')
a, b = F(1, 3), F(-3, 4)
ops = [('+', lambda p, q: p + q), ('-', lambda p, q: p - q), ('*', lambda p, q: p * q),
       ('/', lambda p, q: p / q), ('//', lambda p, q: p // q), ('%', lambda p, q: p % q),
       ('divmod', divmod), ('**', lambda p, q: p ** q)]
others = [F(3, 4), F(-5, 2), 2, -3, True, 0.5, -1.25, 1 + 2j, 2j, F(1, 2)]
for sym, f in ops:
    for o in others:
        show('%r %s %r' % (a, sym, o), lambda: f(a, o))
        show('%r %s %r' % (o, sym, b), lambda: f(o, b))
for sym, f in ops:
    show('F %s str' % sym, lambda: f(a, 'x'))
    show('str %s F' % sym, lambda: f('x', a))
    show('F %s None' % sym, lambda: f(a, None))
    show('F %s 0' % sym, lambda: f(b, 0))
    show('F %s F(0)' % sym, lambda: f(a, F(0)))
    show('0 %s F(0)' % sym, lambda: f(5, F(0)))
    show('F(0) %s 0' % sym, lambda: f(F(0), 0))
    show('F %s 0.0' % sym, lambda: f(a, 0.0))
print(F(1, 2) + F(1, 2), type(F(1, 2) + F(1, 2)).__name__, F(1, 6) + F(1, 3), F(7, 12) - F(1, 12))
print(F(10, 3) * F(9, 20), F(2**64, 3) / F(2**63, 9), F(7, 2) // F(-1, 3), F(7, 2) % F(-1, 3))
print(F(-7, 2) % 2, -F(-7, 2) % -2, F(9, 4) // 1, divmod(F(-9, 4), F(1, 3)))
print('pow', F(2, 3) ** 3, F(2, 3) ** -3, F(-2, 3) ** -3, F(-2, 3) ** 0, F(0) ** 0,
      F(4) ** F(1, 2), F(2, 3) ** F(2), F(8, 27) ** F(1, 3), F(2) ** 0.5, F(-1) ** 0.5, F(2) ** 1j)
print('rpow', 2 ** F(3), 2 ** F(-3), 2 ** F(1, 2), 2.0 ** F(2), 4 ** F(1, 2), F(1, 2) ** F(-2),
      (-8) ** F(1, 3), 2j ** F(2), 2j ** F(1, 2), True ** F(2), 2 ** F(0))
print(type(2 ** F(3)).__name__, type(2.0 ** F(2)).__name__)
show('F(0) ** -1', lambda: F(0) ** -1)
show('F(0) ** -2', lambda: F(0) ** -2)
show('F(0, 5) ** F(-3)', lambda: F(0) ** F(-3))
show('0 ** F(-1)', lambda: 0 ** F(-1))
show('F ** str', lambda: F(1, 2) ** 'x')
show('pow3', lambda: pow(F(2), 3, 5))
print(-F(1, 2), +F(-1, 2), abs(F(-3, 4)), type(+F(1, 2)).__name__, -F(0))

print('--- conversions and rounding')
vals = [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(2, 3), F(-2, 3),
        F(0), F(10), F(-10), F(15, 10), F(25, 10), F(-25, 10)]
for v in vals:
    print(v, int(v), math.trunc(v), math.floor(v), math.ceil(v), round(v),
          type(round(v)).__name__, float(v), complex(v), bool(v))
for v in (F(12345, 1000), F(-12345, 1000), F(125, 1000), F(135, 1000), F(5, 6), F(123456)):
    print(v, [str(round(v, n)) for n in (-3, -2, -1, 0, 1, 2, 3)],
          type(round(v, 0)).__name__, type(round(v, None)).__name__)
print(float(F(10**400 + 1, 10**399)), float(F(1, 10**400)), float(F(-2**1100 - 1, 3**700)))
show('float huge', lambda: float(F(10**400)))
show('index', lambda: [1, 2, 3][F(1)])
show('hex', lambda: hex(F(5)))
print(math.isclose(F(1, 3), 1 / 3), math.sqrt(F(9, 4)), sum([F(1, 2), F(1, 3), F(1, 6)]),
      sum([F(1, 2), 0.5]), max(F(1, 2), 0.4, F(2, 5)), sorted([F(1, 2), 0.25, 1, F(-1, 3)]))

print('--- comparisons')
cmp_pairs = [(F(1, 2), F(1, 2)), (F(1, 2), F(2, 3)), (F(1, 2), 0.5), (F(1, 3), 1 / 3),
             (F(2), 2), (F(2), 3), (F(-2), -2.5), (F(1, 2), 0.5 + 0j), (F(1, 2), 0.5 + 1j),
             (F(1), True), (F(0), False), (F(1, 2), float('nan')), (F(10**20), float('inf')),
             (F(-10**20), float('-inf')), (2, F(2)), (0.75, F(3, 4)), (F(1, 2), F(-1, 2))]
for p, q in cmp_pairs:
    out = []
    for sym in ('==', '!=', '<', '<=', '>', '>='):
        try:
            out.append(eval('p %s q' % sym))
        except TypeError as e:
            out.append('TypeError')
    print(repr(p), repr(q), out)
show('F < str', lambda: F(1) < 'a')
show('F >= None', lambda: F(1) >= None)
show('F < complex', lambda: F(1) < 1j)
print(F(1, 2) == 'x', F(1, 2) != None, F(1) == m, F(7) == m, F(1, 2) in [0.5], F(1, 2).__eq__('x'))

print('--- hashing')
for v in (F(0), F(1), F(-1), F(1, 2), F(-1, 2), F(1, 3), F(-1, 3), F(3, 7), F(2**70),
          F(-2**70, 3), F(1, 2**70), F(sys.hash_info.modulus), F(1, sys.hash_info.modulus),
          F(-1, sys.hash_info.modulus), F(5, sys.hash_info.modulus * 2), F(0.1), F(1e300)):
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1),
      hash(F(0.1)) == hash(0.1), hash(F(2**70)) == hash(2**70))
d = {F(1, 2): 'half', 1: 'one', 0.25: 'quarter'}
print(d[0.5], d[F(1)], d[F(1, 4)], len({F(1), 1, 1.0, True}), len({F(1, 2), 0.5}))

print('--- copying and subclassing')
y = F(3, 4)
print(copy.copy(y) is y, copy.deepcopy(y) is y, copy.deepcopy([y, y])[0] is y)
print(y.__reduce__())


class Sub(F):
    pass


s = Sub(6, 8)
print(repr(s), type(s).__name__, isinstance(s, F), repr(Sub('1.5')), repr(Sub.from_float(0.5)))
print(repr(copy.copy(s)), copy.copy(s) is s, type(copy.deepcopy(s)).__name__)
print(type(s + 1).__name__, type(-s).__name__, type(abs(s)).__name__, type(s ** 2).__name__,
      s == F(3, 4), hash(s) == hash(F(3, 4)))
show('Sub bad', lambda: Sub.from_float('x'))
show('no dict', lambda: F(1).__dict__)
print(fractions.__all__ if hasattr(fractions, '__all__') else None)
print(F.__mro__[1:] == (numbers.Rational, numbers.Real, numbers.Complex, numbers.Number, object))
print(F.__abstractmethods__, F.__slots__)
