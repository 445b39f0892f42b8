# %-formatting and format() of inf/-inf/nan/-nan: the sign of a NaN is dropped, and
# the 0 flag pads with zeros after the sign, as CPython does.
import math
inf = float('inf')
nan = float('nan')
pct = ['%e', '%f', '%g', '%E', '%F', '%G', '%06e', '%06f', '%06g', '%-6f', '%-06e',
       '%+06g', '% 06f', '%#06g', '%#.0e', '%#.0f', '%010.3f', '%-+8e', '% -8g', '%+F',
       '% G', '%+010.2E', '%#10G', '%.0g', '%3f', '%03f', '%1f']
spec = ['', '06', '+06', '-06', ' 06', '06e', '#06g', '<06f', '=+08', '^9', '010.2%',
        '#', '#g', 'z.2f', '08,.2f', '08_.1e', 'x^+9', '*>10.3', '0=10', '+', ' ', 'z',
        '.0', '#.0', '06.2n', '-^7', '0<7']
for v in (inf, -inf, nan, -nan, math.log(inf, inf)):
    print('value', repr(v))
    print(' ', [f % v for f in pct])
    print(' ', [format(v, s) for s in spec])
    print(' ', ['%*f' % (7, v), '%0*e' % (7, v), '%-*.*g' % (7, 2, v)])
    print(' ', [b'%f' % v, b'%06e' % v, b'%+06g' % v])
    print(' ', f'{v:08}|{v:+}|{v:#}|{v!r:>6}')
print("%.4f" % math.log(inf, inf), "%e" % -nan, "%g" % (-nan), "%G" % -nan)
