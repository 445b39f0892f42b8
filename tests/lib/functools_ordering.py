# functools.reduce, total_ordering, cmp_to_key.
from functools import reduce, total_ordering, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(operator.add, [], 10))
print(reduce(operator.sub, [5]), reduce(lambda a, b: a + b, 'abc', '>'))
for call in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5),
             lambda: reduce(operator.add), lambda: reduce(operator.add, [1, 'a'])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(Version.__gt__.__name__, Version.__le__.__qualname__)
try:
    a > 1
except TypeError as e:
    print(e)

@total_ordering
class Rev:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(Rev(1) < Rev(2), Rev(2) > Rev(1), Rev(1) <= Rev(1), Rev(3) <= Rev(1))
try:
    total_ordering(type('Empty', (), {}))
except ValueError as e:
    print(e)

def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), max([3, 9, 1], key=K))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__)
