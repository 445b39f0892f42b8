# Match objects in detail: unmatched groups, lastindex/lastgroup, expand, indexing.
import re

m = re.search(r'(?P<a>x)?(?P<b>y)(z)?', '--y--')
print(m.span('a'), m.start('a'), m.end(3), m.group('a', 'b', 3), m.groups('-'))
print(m.groupdict(), m.lastindex, m.lastgroup, m.regs, m.re is re.compile(m.re.pattern))
for pat, s in [(r'(a)(b)(c)', 'abc'), (r'(a(b(c)))', 'abc'), (r'(a)|(b)', 'b'),
               (r'((a)|(b))+', 'ab'), (r'(?P<outer>(?P<inner>a))', 'a'), (r'a', 'a'),
               (r'(a)(x*)', 'a'), (r'(a)(?:b)', 'ab'), (r'(?P<n>a)(b)?', 'a')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
m = re.match(rb'(\w+) (\w+)', b'hello world')
print(m, m.group(2), m.expand(rb'\2 \1'), m[1])
m = re.match(r'(\w+)@(\w+)\.com', 'joe@mail.com')
print(m.expand(r'user=\1 host=\g<2> all=\g<0> lit=\\1 tab=[\t]'))
print(repr(m), str(m.span()), m.pos, m.endpos, m.string)
print(re.compile(r'\d').search('ab12', 1, 3), re.compile('b').match('abc', 1))
m = re.compile(r'$').search('abc', 0, 2)
print(m, re.compile(r'^b').search('ab', 1), re.compile(r'(?m)^b').search('a\nb', 1))
print(re.match(r'(a)*', 'aaa').span(1), re.match(r'(a|b)*', 'abab').group(1))
print(re.match('(?P<x>a)', 'a')['x'], re.match(r'(\d)(\d)', '12')[2])
try:
    re.match('a', 'a')['nope']
except IndexError as e:
    print(type(e).__name__, e)
print(re.fullmatch(r'\d+', '123', ), re.fullmatch(r'\d+', '123a'), re.fullmatch('a|ab', 'ab'))
