# Patterns that backtrack deeply over long subjects (more than the JIT's stack holds)
# still match: search, match, findall, sub, split and finditer.
import re

s = 'ab' * 200000 + 'c'
m = re.match(r'(a|b)*c', s)
print(m.span(), m.group(1))
print(len(re.findall(r'(?:(a)|b)*c', s)))
print(re.search(r'(?:(a)|b)*c', s).span())
print(len(re.sub(r'(a|b)*c', 'X', s + s)))
print([len(p) for p in re.split(r'(?:a|b)*c', s + 'd')])
print([x.span() for x in re.finditer(r'(?:a|b)+c', s + s)])
u = '\u00e9b' * 100000 + 'c'
print(re.match(r'(\u00e9|b)*c', u).span())
