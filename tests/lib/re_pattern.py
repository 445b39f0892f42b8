# Pattern objects: attributes, flags, repr, cache, escape, inline flags, verbose.
import re

p = re.compile(r'(?P<word>\w+)\s(\d)?')
print(p.pattern, p.flags, p.groups, dict(p.groupindex), p)
print(re.compile('a', re.I | re.M), re.compile(b'x', re.S).flags, re.compile('(?i)a').flags)
print(repr(re.I), repr(re.I | re.S | re.X), re.I | re.M, int(re.A), re.IGNORECASE == 2)
print(re.compile('x', re.A).flags, re.compile('(?s)x').flags & re.S != 0)
print(re.compile('abc') is re.compile('abc'), re.compile('abc') == re.compile('abc'))
print(re.compile('abc') == re.compile('abc', re.I), type(p).__name__, type(p.match('ab')).__name__)
re.purge()
print(re.escape('a.b*c?d[e]f (1+1) $^ \\ x_y-z'))
print(re.escape(b'a.b'), re.match(re.escape('1+1=2'), '1+1=2').group())
v = re.compile(r'''
    (\d+)   # the number
    \s*     # spaces
    ([a-z]+) # the unit
''', re.VERBOSE)
print(v.findall('10 kg, 5m and 7 cm'))
print(re.findall(r'(?x) a b # comment', 'ab a b'))
print(re.findall(r'(?i:A)b', 'ab Ab aB'), re.findall('(?s:.)x', '\nx'))
print(re.match(r'(?:ab)+', 'ababx').group(), re.match(r'a(?=b)', 'ab').group())
print(re.search(r'(?<=a)b', 'cb ab').span(), re.search(r'(?<!a)b', 'ab cb').span())
print(re.match(r'(a)(?(1)b|c)', 'ab').group(), re.match(r'(?P<q>")?x(?(q)")', '"x"').group())
print(re.match(r'(?P<a>.)(?P=a)', 'xxy').group(), re.match(r'(.)\1', 'yyz').group())
print(re.match(r'a{2}', 'aaa').group(), re.match(r'a{,2}', 'aaa').group(), re.match('a{1,}', 'aaa').group())
print(re.match('x{', 'x{').group(), re.match('x{a}', 'x{a}').group(), re.match(r'a++', 'aaa').group())
print(re.match(r'(?>a+)b', 'aab').group(), re.search(r'\x41\u00e9\U0001F600\101', 'Aé😀A').span())
print(re.match(r'[\]a-c\d\-]+', ']ab-9z').group(), re.match(r'[^\W\d]+', 'ab1').group())
