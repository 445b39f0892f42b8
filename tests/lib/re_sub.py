# sub / subn: templates, group references, escapes, functions, count, empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', '2024-05 and 1999-12'))
print(re.sub(r'a', r'\n\t|\\|\g<0>', 'xa'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.subn(r'\d', '#', 'a1b2c3'), re.subn(r'\d', '#', 'a1b2c3', count=2))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(a)|b', r'[\1]', 'abc'))
print(re.sub('(b)', r'\g<1>0', 'abc'), re.sub('(b)', r'\10', 'abc') if False else '')
print(re.sub(r'\s+', ' ', '  lots   of\n\nspace  '))
print(re.sub('a', r'\-', 'aa'), re.sub('A', 'b', 'aAa', flags=re.I))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.sub('é', 'e', 'café crème'))
p = re.compile(r'o')
print(p.sub('0', 'foo boo', 3), p.subn('', 'ooo'))
for repl in [r'\3', r'\g<x>', r'\g<1', '\\', r'\q', r'\g<->']:
    try:
        re.sub('(a)(b)', repl, 'ab')
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print(type(e).__name__, e)
print(re.sub(r'(\d)', r'\1\1', 'a1b2'), re.sub(r'(x)?y', r'[\1]', 'y xy'))
