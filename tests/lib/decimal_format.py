# decimal: format() / __format__ with CPython's format specs for Decimal
from decimal import Decimal, getcontext, localcontext, ROUND_DOWN, ROUND_UP

values = ['0', '-0', '1', '-1', '1234.5', '-1234.5678', '0.0001', '0.000012345', '123456789.1',
          '1E+10', '1.5E-10', '0E+5', '0.000', '0E-10', '9.99', '99.995', '2.5', '3.5', '1E+2',
          '100', '1234567890123456789012345678901234567890', '5E-7', 'Inf', '-Inf', 'NaN',
          '-NaN12', 'sNaN']
specs = ['', '.2', '.0', 'e', 'E', '.3e', '.0e', 'f', 'F', '.2f', '.0f', '.10f', 'g', 'G',
         '.3g', '.1g', '.0g', '.15g', '%', '.1%', '.0%', 'n', '.4n', '+', ' ', '-', '12', '<12',
         '>12', '^12', '=12', '*^15.3f', '012', '012.2f', ',', ',.2f', '015,.2f', '+,.3e',
         'z.2f', 'z', '+z.1f', '#<10', '010,.1f', ',g', '20,', 'z.1F', 'z.3E', '0=16,f', '*<-z3,.4F',
         '0=+z4.3F', '00G', '+00.1G', '<010', 'x^25,.3%']
for v in values:
    d = Decimal(v)
    out = []
    for s in specs:
        try:
            out.append(format(d, s))
        except Exception as e:
            out.append('%s:%s' % (type(e).__name__, e))
    print(v, '|'.join(out))

print('-- invalid specs')
for s in ['_', '_f', '#', 'x', '.f', '10.2q', ',n', 'd', '=', '.2.3f', '3,_f', 's']:
    try:
        print(repr(s), repr(format(Decimal('1234.5'), s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

print('-- context rounding and capitals')
with localcontext() as c:
    c.rounding = ROUND_DOWN
    print(format(Decimal('1.99'), '.1f'), format(Decimal('-1.99'), '.1f'), format(Decimal('1.99'), '.1e'))
    c.rounding = ROUND_UP
    print(format(Decimal('1.01'), '.1f'), format(Decimal('1.01'), '.1g'))
    c.capitals = 0
    print(format(Decimal('1E+10'), ''), format(Decimal('1E+10'), '.2'), str(Decimal('1E+10')),
          repr(Decimal('1E-10')))
print('{:,.2f} {:>10.3} {:e}'.format(Decimal('1234567.891'), Decimal('3.14159'), Decimal(12)))
print(f"{Decimal('1234.5'):,.2f} {Decimal('-0.5'):.0f} {Decimal('0.5'):.0f} {Decimal('1.5'):.0f}")
