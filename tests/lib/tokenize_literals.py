# tokenize: numbers, strings (prefixes, f-strings, multi-line), operators, errors.
import io
import tokenize
from tokenize import tok_name


def show(src):
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except Exception as e:
        print(repr(src), '!', type(e).__name__, e)
        return
    parts = []
    for t in toks:
        if t.type in (tokenize.ENDMARKER, tokenize.NEWLINE) and t.string in ('', '\n'):
            continue
        name = tok_name[t.exact_type]
        parts.append('%s:%r@%d,%d-%d,%d' % ((name, t.string) + t.start + t.end))
    print(repr(src), ' '.join(parts))


for s in ['1', '1_000', '0x_1F', '0b1_0', '0o17', '0777', '00', '0_0', '1.', '.5',
          '1.5e-3', '1e10', '1E+1_0', '3j', '1.5J', '.5j', '1e5j', '1__0', '1_',
          '0x', '1if x else 2', '0b12', '1.e5', '1..2', '...', 'a.b', '12abc']:
    show(s + '\n')
for s in ["'a'", '"b"', "r'\\d'", "b'x'", "Rb'x'", "bR'x'", "u'x'", "f'{x}'",
          "F'{x!r:>{w}}'", "fr'{a}\\n'", "rf'x'", "'''t'''", '"""a\nb"""', "'a\\\nb'",
          "'unterminated", "x = 'a' 'b'", "'''\nopen", '"a\\"b"', "br''", "ur'x'",
          "f'{'", '"""x""" + "y"', "'''a''' '''b'''"]:
    show(s + '\n')
ops = ('+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != -> . ... , : ; = '
       '+= -= *= /= //= %= @= &= |= ^= >>= <<= **= ( ) [ ] { }')
show(ops + '\n')
show('a**=b//=c->d...e:=f<<=g>>=h!=i\n')
show('a $ b ? c ! d\n')
show('x = `y`\n')
show('\u00e9t\u00e9 = \u03c0 * r\n')
show('a\u20acb\n')
show('print("x")  # \u00e9\n')
show('x = 1 \\ y\n')
