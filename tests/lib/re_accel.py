# re's C loops: findall, split, sub/subn (templates and functions), finditer, with
# empty matches, groups that do not take part, bytes, non-ASCII text, surrogates,
# pos/endpos, count/maxsplit, re-entrant use of a pattern from a repl function.
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


texts = ['', 'abc', 'a1b22c333', 'x--y', 'caf\u00e9 na\u00efve \u20ac1 \U0001f600 22',
         'a\ud800b 12']
pats = [r'\d+', r'\d*', r'(\d)(\d)?', r'(?P<w>[a-z\u00e0-\u00ff]+)|(\d+)', r'', r'x*', r'\b',
        r'(?=\d)', r'$', r'(a)|b']
for t in texts:
    for p in pats:
        rx = re.compile(p)
        show(rx.findall, t)
        show(rx.split, t)
        show(rx.sub, '<\\g<0>>', t)
        show(rx.subn, lambda m: '[%s]' % m.group(0), t)
        print([m.span() for m in rx.finditer(t)])
show(re.findall, r'\d', 'a1b2c3d4', )
show(re.compile(r'\d').findall, 'a1b2c3d4', 3)
show(re.compile(r'\d').findall, 'a1b2c3d4', 2, 6)
show(re.compile(r'\d').findall, 'a1b2c3d4', -5, 100)
show(re.compile(r'\d').findall, 'a1b2c3d4', 6, 2)
print([(m.group(), m.pos, m.endpos) for m in re.compile(r'\w').finditer('abcdef', 1, 4)])
print([(m.group(), m.pos, m.endpos) for m in re.compile(r'\w').finditer('abcdef', 4, 1)])
show(re.split, r',', 'a,b,c,d', 2)
show(re.split, r'(,)', 'a,b,c,d', maxsplit=1)
show(re.split, r',', 'a,b', -1)
show(re.split, r'(x)|,', 'a,bxc')
show(re.sub, r'\d', '#', 'a1b2c3', 2)
show(re.subn, r'\d', '#', 'a1b2c3', count=1)
show(re.sub, r'\d', '#', 'a1b2c3', -1)
show(re.sub, r'(?P<a>\w)(\w)?', r'\2\g<a>\\n\n', 'abc')
show(re.sub, r'(a)|(b)', r'[\1|\2]', 'abc')
show(re.sub, r'\w', lambda m: None, 'ab-c')
show(re.sub, r'\w', lambda m: 5, 'ab-c')
show(re.sub, r'-', lambda m: 5, 'ab-c')
show(re.sub, rb'\w', lambda m: 5, b'ab-c')
show(re.sub, rb'\w', lambda m: bytearray(b'<') + m.group(), b'ab-c')
show(re.sub, rb'(\w)', rb'\1\1', b'ab-c')
show(re.subn, rb'\d+', b'#', b'a12b3')
show(re.findall, rb'(\w)(\d)?', b'a1b c2')
show(re.split, rb'\s+', b' a  b c ')
print([m.group() for m in re.finditer(rb'\d+', b'1 22 333')])
show(re.findall, r'\d+', bytearray(b'1 22'))
show(re.findall, rb'\d+', bytearray(b'1 22'))
show(re.split, rb' ', bytearray(b'1 22'))
show(re.sub, rb' ', b'_', bytearray(b'1 22'))
show(re.findall, rb'\d+', memoryview(b'1 22'))


class S(str):
    pass


show(re.findall, r'\w+', S('ab cd'))
print([type(x).__name__ for x in re.split(r' ', S('ab cd'))])
show(re.sub, r'b', 'B', S('abc'))
show(re.findall, r'\d+', 12)
show(re.sub, r'\d+', 'x', b'12')
show(re.sub, rb'\d+', 'x', b'12')

word = re.compile(r'\w+')


def inner(m):
    return '(' + word.sub(lambda m2: m2.group().upper(), m.group()) + ')'


show(word.sub, inner, 'ab cd ef')
it = word.finditer('one two three')
first = next(it)
show(word.findall, 'x y')
print(first.group(), [m.group() for m in it], list(it))
print(type(re.finditer('a', 'a')).__name__)
long = ('word %d, ' * 2000) % tuple(range(2000))
print(len(re.findall(r'\d+', long)), len(re.sub(r'\d', '', long)), len(re.split(',', long)))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), long)[-30:])
nonascii = '\u00e9\u20ac' * 3000 + '42'
print(re.findall(r'\d+', nonascii), re.sub(r'\u20ac', 'E', nonascii)[-6:])
show(re.sub, r'(a)', r'\2', 'a')
show(re.sub, r'a', r'\q', 'a')
