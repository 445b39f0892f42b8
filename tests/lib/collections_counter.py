# collections.Counter.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(2), c.most_common(0), c.most_common()[-1], c.total())
print(sorted(c.elements()), Counter(a=2, b=0, c=-1).most_common())
print(list(Counter(x=2, y=-1, z=1).elements()))
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaaaaaa')
c.subtract(r=5)
print(c)
del c['missing']
del c['z']
print(c, Counter(), Counter({'x': 1}), Counter(cats=4, dogs=8))

a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
x = Counter(a=1, b=2)
x += Counter(a=-1, c=2)
print(x)
x -= Counter(b=5)
print(x)
x |= Counter(c=5, d=1)
print(x)
x &= Counter(c=3)
print(x)
print(Counter('ab') == Counter('ba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
print(isinstance(c, dict), type(c.copy()).__name__, c.copy() == c, Counter.__hash__ is None)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print(e)
