# decimal: Context objects, flags/traps, getcontext/setcontext/localcontext,
# the template contexts and context methods
import decimal
from decimal import *

def attempt(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=5, rounding=ROUND_UP, Emin=-9, Emax=9, capitals=0, clamp=1,
              flags=[Inexact, Rounded], traps=[Overflow]))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY,
      decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__,
      decimal.__libmpdec_version__)
print(ROUND_HALF_EVEN, ROUND_05UP, ROUND_CEILING)

print('-- validation')
for kw in [dict(prec=0), dict(prec='a'), dict(prec=MAX_PREC), dict(Emin=1), dict(Emax=-1),
           dict(Emin=MIN_EMIN), dict(capitals=2), dict(clamp=2), dict(rounding='x'),
           dict(rounding=1), dict(flags=3), dict(traps={Inexact: 1}), dict(traps=[ValueError]),
           dict(prec=2.5)]:
    print(kw, attempt(Context, **kw))
c = Context()
for name, v in [('prec', -1), ('Emax', 10**19), ('rounding', 'ROUND_NOPE'), ('capitals', 0),
                ('foo', 1)]:
    print(name, attempt(setattr, c, name, v))
print(attempt(delattr, c, 'prec'))
print(c)

print('-- flags and traps')
c = Context(prec=5)
print(c.flags)
print(c.traps)
print(c.flags is c.flags, len(c.flags), list(c.flags)[:3])
r = c.divide(Decimal(1), Decimal(3))
print(r, c.flags[Inexact], c.flags[Rounded], c.flags[Overflow], sorted(k.__name__ for k, v in c.flags.items() if v))
print(c)
c.clear_flags()
c.traps[Inexact] = True
print(attempt(c.divide, Decimal(1), Decimal(3)), c.flags[Inexact])
c.traps[Rounded] = True
print(attempt(c.divide, Decimal(2), Decimal(3)))
c.clear_traps()
print(c, c.divide(1, 0), c.divide(0, 0))
print(attempt(lambda: c.flags[ConversionSyntax]), attempt(lambda: c.flags['x']))
c.flags = {s: False for s in c.flags}
print(attempt(setattr, c, "traps", [DivisionByZero]))
c.traps = {s: s is DivisionByZero for s in c.flags}
print(c)
print(c.flags == {s: False for s in c.flags}, c.traps.copy()[DivisionByZero])
print(attempt(c.flags.__delitem__, Inexact))

print('-- getcontext / setcontext / localcontext')
orig = getcontext()
print(getcontext() is orig)
new = Context(prec=7)
setcontext(new)
print(getcontext() is new, Decimal(1) / 3)
setcontext(orig)
print(Decimal(1) / 3)
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0)
setcontext(orig)
print(attempt(setcontext, 5))
with localcontext() as lc:
    print(lc is not orig, lc.prec)
    lc.prec = 3
    print(Decimal(1) / 3)
print(Decimal(1) / 3)
with localcontext(prec=4, rounding=ROUND_DOWN) as lc:
    print(lc.prec, lc.rounding, Decimal(2) / 3)
with localcontext(BasicContext) as lc:
    print(lc.prec, Decimal(2) / 3)
print(attempt(localcontext, foo=1))
print(attempt(localcontext, prec=0))
print(attempt(localcontext, 5))
with localcontext(traps=[Inexact]) as lc:
    print(attempt(lambda: Decimal(1) / 3))
print(getcontext() is orig)
try:
    with localcontext() as lc:
        lc.prec = 2
        raise ValueError('x')
except ValueError:
    pass
print(getcontext().prec)

print('-- Etiny/Etop/copy/create_decimal')
c = Context(prec=5, Emin=-20, Emax=20)
print(c.Etiny(), c.Etop(), c.radix())
c2 = c.copy()
c2.prec = 9
print(c.prec, c2.prec, type(c2).__name__)
c.traps[Inexact] = False
for v in ['1.23456789', '  12.5 ', 'abc', '1E+30', '1E-30', 'NaN123456789', 'sNaN12', '-Inf',
          123456789, Decimal('987654.321'), 0.1, 2.5]:
    c.clear_flags()
    print(repr(v), attempt(c.create_decimal, v), [k.__name__ for k, x in c.flags.items() if x])
print(attempt(c.create_decimal, [1]))
print(c.create_decimal_from_float(0.1), c.create_decimal_from_float(5), attempt(c.create_decimal_from_float, '1'))
print(attempt(Context(traps=[FloatOperation]).create_decimal, 1.5))
print(Context(traps=[FloatOperation]).create_decimal_from_float(1.5))
import copy, pickle
c = Context(prec=11, flags=[Inexact], traps=[Overflow])
print(copy.copy(c), pickle.loads(pickle.dumps(c)))

print('-- context methods')
c = Context(prec=6, traps=[])
x, y, z = Decimal('12.3456789'), Decimal('-0.5'), Decimal('7')
for name in ['abs', 'canonical', 'copy_abs', 'copy_decimal', 'copy_negate', 'exp', 'is_canonical',
             'is_finite', 'is_infinite', 'is_nan', 'is_normal', 'is_qnan', 'is_signed', 'is_snan',
             'is_subnormal', 'is_zero', 'ln', 'log10', 'logb', 'minus', 'next_minus', 'next_plus',
             'normalize', 'number_class', 'plus', 'sqrt', 'to_eng_string', 'to_integral',
             'to_integral_exact', 'to_integral_value', 'to_sci_string']:
        print(name, attempt(getattr(c, name), x), attempt(getattr(c, name), y), attempt(getattr(c, name), 3))
for name in ['add', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'copy_sign',
             'divide', 'divide_int', 'divmod', 'max', 'max_mag', 'min', 'min_mag', 'multiply',
             'next_toward', 'power', 'quantize', 'remainder', 'remainder_near', 'same_quantum',
             'subtract']:
    print(name, attempt(getattr(c, name), x, y), attempt(getattr(c, name), z, 2), attempt(getattr(c, name), 5, x))
print(c.fma(2, 3, 4), c.fma(x, y, z), c.power(2, 10, 7), c.scaleb(x, 3), c.shift(123, 2), c.rotate(123, -1))
print(c.logical_and(1100, 1010), c.logical_or(1100, 1010), c.logical_xor(1100, 1010), c.logical_invert(1100))
print(attempt(c.add, 1.5, 2), attempt(c.add, '1', 2), attempt(c.abs, 2.5))
print(c)

print('-- contextvars')
import contextvars
setcontext(Context(prec=10))
def f():
    getcontext().prec = 5
    return Decimal(1) / 7, getcontext().prec
print(contextvars.copy_context().run(f), getcontext().prec, Decimal(1) / 7)
def g():
    setcontext(Context(prec=3))
    return Decimal(1) / 7
print(contextvars.copy_context().run(g), Decimal(1) / 7, getcontext().prec)
with localcontext(prec=4):
    print(Decimal(1) / 7, contextvars.copy_context().run(lambda: Decimal(1) / 7))
print(Decimal(1) / 7)

print('-- module')
print(hasattr(decimal, '__all__'), sorted(n for n in dir(decimal) if not n.startswith('_')))
print(type(getcontext().flags), repr(localcontext()).split(' object')[0], type(decimal.DecimalTuple(0, (1,), 0)))
print(isinstance(getcontext().flags, __import__('collections').abc.MutableMapping))
