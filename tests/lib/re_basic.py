# search / match / fullmatch, the Match object's accessors and repr.
import re

m = re.search(r'(\d+)-(\d+)', 'tel: 555-1234 x')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2))
print(m[0], m[1], m.string, m.pos, m.endpos, m.re.pattern)
print(m.lastindex, m.lastgroup, m.regs)
print(re.match('abc', 'abcdef'), re.match('bcd', 'abcdef'))
print(re.fullmatch('a.c', 'abc'), re.fullmatch('a.c', 'abcd'))
print(re.search('x*', 'abc'))
print(re.search('$', 'abc\n'), re.search(r'\Z', 'abc\n'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe here')
print(m.group('first'), m['last'], m.groupdict(), m.groupdict('-'))
print(m.groups(), m.groups(0), m.lastindex, m.lastgroup, m.span('opt'))
print(m.expand(r'\g<last>, \g<first> (\2)'))
for bad in [3, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
m = re.match(r'((a)(b))', 'ab')
print(m.lastindex, m.groups())
m = re.match(r'(a)(x*)', 'a')
print(m.lastindex)
print(bool(re.match('', '')), re.search('b', 'abc', ) is not None)
p = re.compile(r'\w+')
print(p.search('  hello world', 3), p.match('  hello', 2), p.match('  hello', 2, 4))
print(p.fullmatch('hello', 1, 3), p.search('abc', 5), p.search('abc', -5))
