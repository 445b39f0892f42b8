# re.error messages and positions for bad patterns; type errors.
import re

bad = ['*a', 'a**', 'a+*', '(a(b', 'a)', '[ab', 'a{3,1}', r'\q', r'[\A]', 'a\\', r'\x4',
       '(?<n>a)', '(?P<a>x)(?P<a>y)', '(?P=b)', r'(a)\2', '(?R)', '[z-a]', '(?i',
       '(?', '(?P<1a>x)', '(?P<>x)', 'x(?i)a', '(a|*)', r'\u12', '(?#abc', '(?L)a',
       r'[\d-z]', b'(?u)a', '(?au)x', '(?i-a:x)', r'\N{NO SUCH NAME}', r'(a)(?P=a)',
       r'(?P<a>x(?P=a))', r'\777', r'a{2}{3}', r'\Z*']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos)
try:
    re.compile('a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno)
print(type(re.error('x')).__name__, issubclass(re.error, Exception), re.error.__module__)
for call in [lambda: re.search('a', 1), lambda: re.compile(1), lambda: re.search('a', b'a'),
             lambda: re.search(b'a', 'a'), lambda: re.compile('a', re.L),
             lambda: re.compile(b'a', re.U), lambda: re.compile(re.compile('a'), re.I),
             lambda: re.compile('a', re.A | re.U)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
