# itertools.islice: slices of iterators, consumption order, errors.
from itertools import islice, count
import sys

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(count(), 3, 20, 5)), list(islice('abc', None)), list(islice('abc', 10)))
print(list(islice('abc', 1, None, None)), list(islice('abc', None, None)), list(islice([], 0)))

# How much of the source is consumed.
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))
it = iter(range(10))
s = islice(it, 2, 8, 4)
print(next(s), next(it), next(s), next(it))

class Index:
    def __index__(self):
        return 2
print(list(islice('abcdef', Index())), list(islice('abcdef', Index(), None, Index())))
print(list(islice('abcdef', sys.maxsize)), type(islice('', 1)).__name__)

bad = [(-1,), ('a',), (1, 'a'), (-1, 2), ('x', 2), (0, 1, 0), (0, 1, -1), (0, 1, 'z'),
       (sys.maxsize + 1,)]
for args in bad:
    try:
        islice([], *args)
    except ValueError as e:
        print(args, e)
for args in [(), (1, 2, 3, 4)]:
    try:
        islice([], *args)
    except TypeError as e:
        print(e)
try:
    islice(5, 1)
except TypeError as e:
    print(e)
