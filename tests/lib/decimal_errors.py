# decimal: signal classes, trapped conditions, exception types and messages
import decimal
from decimal import *

sigs = [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
        DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
        Overflow, Underflow, FloatOperation]
for s in sigs:
    print(s, [b.__name__ for b in s.__bases__], s.__module__,
          issubclass(s, ArithmeticError), issubclass(s, ZeroDivisionError), issubclass(s, TypeError))

def run(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__module__ + '.' + type(e).__name__, e, e.args == (e.args[0],) and isinstance(e.args[0], list))

D = Decimal
run('syntax', lambda: D('1.2.3'))
run('syntax2', lambda: D(' '))
run('div0', lambda: D(1) / 0)
run('div0neg', lambda: D(-1) / D('-0'))
run('0/0', lambda: D(0) / 0)
run('floordiv0', lambda: D(5) // 0)
run('0//0', lambda: D(0) // 0)
run('mod0', lambda: D(5) % 0)
run('0%0', lambda: D(0) % 0)
run('divmod0', lambda: divmod(D(5), 0))
run('divmod00', lambda: divmod(D(0), 0))
run('inf-inf', lambda: D('Inf') - D('Inf'))
run('inf*0', lambda: D('Inf') * 0)
run('inf/inf', lambda: D('Inf') / D('-Inf'))
run('sqrt-1', lambda: D(-1).sqrt())
run('ln-1', lambda: D(-1).ln())
run('ln0', lambda: D(0).ln())
run('log10 0', lambda: D(0).log10())
run('logb0', lambda: D(0).logb())
run('snan+1', lambda: D('sNaN5') + 1)
run('nan+1', lambda: D('NaN5') + 1)
run('overflow', lambda: D('9E+999999') * 10)
run('overflow exp', lambda: D(10**7).exp())
run('pow overflow', lambda: D(10) ** 1000000)
run('underflow', lambda: D('1E-999999') / 10**30)
run('impossible', lambda: D('1E+30') // 3)
run('impossible2', lambda: D('1E+30') % 7)
run('rem near', lambda: D('1E+30').remainder_near(7))
run('quantize', lambda: D('123456789').quantize(D('0.00000000000000000001')))
run('quantize inf', lambda: D('Inf').quantize(D(1)))
run('0**0', lambda: D(0) ** 0)
run('neg**frac', lambda: D(-2) ** D('0.5'))
run('0**-1', lambda: D(0) ** -1)
run('powmod', lambda: pow(D(2), D('0.5'), 5))
run('compare <', lambda: D('NaN') < 1)
run('compare sNaN ==', lambda: D('sNaN') == 1)
run('compare_signal', lambda: D(1).compare_signal(D('NaN')))
run('float op', lambda: D(1) + 1.5)
run('float rop', lambda: 1.5 * D(1))
run('float pow', lambda: D(1) ** 1.5)
run('str op', lambda: D(1) - 'a')
run('divmod float', lambda: divmod(D(1), 2.0))
run('int nan', lambda: int(D('NaN')))
run('int inf', lambda: int(D('-Inf')))
run('round nan', lambda: round(D('NaN')))
run('round snan 2', lambda: round(D('sNaN'), 2))
run('from list', lambda: D([1, 2]))
run('from set', lambda: D({1}))
run('scaleb', lambda: D(1).scaleb(D('0.5')))
run('shift', lambda: D(1).shift(100))
run('logical', lambda: D(2).logical_and(1))
run('exp snan', lambda: D('sNaN').exp())
run('to_integral', lambda: D('sNaN').to_integral_exact())

run('exp too big', lambda: D('1e9999999999999999999'))
run('exp too small', lambda: D('1e-9999999999999999999'))
run('exp at limit', lambda: D('1e999999999999999999'))
run('tuple exp too big', lambda: D((0, (1,), 10**19)))
run('round None', lambda: D(1).__round__(None))
run('round str', lambda: round(D(1), '2'))
from fractions import Fraction
run('fraction add', lambda: D(1) + Fraction(1, 2))
run('fraction radd', lambda: Fraction(1, 2) + D(1))
run('fraction lt', lambda: D(1) < Fraction(3, 2))
class Other:
    def __radd__(self, o):
        return 'radd ' + repr(o)
    def __gt__(self, o):
        return 'gt ' + repr(o)
run('reflected radd', lambda: D(1) + Other())
run('reflected cmp', lambda: D(1) < Other())
run('ctx add 1 arg', lambda: getcontext().add(1))
run('ctx sqrt 0 args', lambda: getcontext().sqrt())
run('ctx fma 2 args', lambda: getcontext().fma(1, 2))
run('ctx float', lambda: getcontext().multiply(1.5, 2))

c = getcontext()
c.traps[FloatOperation] = True
run('trap float ctor', lambda: D(0.5))
run('trap float cmp <', lambda: D(1) < 0.5)
run('trap float cmp ==', lambda: D(1) == 0.5)
run('from_float', lambda: D.from_float(0.5))
c.traps[FloatOperation] = False
c.traps[Inexact] = True
run('inexact', lambda: D(1) / 3)
c.traps[Rounded] = True
run('rounded', lambda: D(2) / 3)
run('rounded only', lambda: +D('1234567890123456789012345678900'))
c.traps[Subnormal] = True
c.traps[Underflow] = True
run('subnormal', lambda: D('1E-999999') / 100)
run('subnormal exact', lambda: D('1E-1000000') + 0)
c.traps[Clamped] = True
run('clamped', lambda: D('0E-2000000') + 0)
c.traps[Overflow] = False
run('overflow untrapped', lambda: D('9E+999999') * 10)
print(c)
c.clear_flags()
c.traps = {s: False for s in c.traps}
for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D('x'), lambda: divmod(D(1), 0),
          lambda: D('1E+30') // 3, lambda: D(-4).sqrt()]:
    print(repr(f()), c)
    c.clear_flags()
c.traps[InvalidOperation] = True
try:
    D('1_2_3x')
except ConversionSyntax:
    print('caught ConversionSyntax')
except InvalidOperation as e:
    print('caught InvalidOperation', e)
try:
    D(1) / 0
except ZeroDivisionError:
    print('not trapped: no exception')
else:
    print('no exception')
c.traps[DivisionByZero] = True
try:
    D(1) / 0
except ArithmeticError as e:
    print('caught', type(e).__name__, isinstance(e, ZeroDivisionError))
try:
    D(0) / 0
except (ZeroDivisionError, InvalidOperation) as e:
    print('caught ZeroDivisionError', type(e).__name__, e)
setcontext(Context())
print(D(7) / 0)
