# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# starmap, zip_longest, pairwise.
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, starmap, zip_longest, pairwise)
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([], initial=0)))
print(list(accumulate('abc')), list(accumulate([])))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['xy', 'z'])))
lazy = chain.from_iterable(iter([[1], [2]]))
print(type(lazy).__name__, next(lazy), list(lazy))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
src = iter([1, 2, 10, 3])
tw = takewhile(lambda x: x < 5, src)
print(list(tw), list(src), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ['ab', 'c'])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1], [2, 3], [])))
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])))
names = [type(x).__name__ for x in (accumulate([]), chain(), compress('', ''), dropwhile(None, ''),
         takewhile(None, ''), filterfalse(None, ''), starmap(None, ''), zip_longest(), pairwise(''))]
print(names)
for call in [lambda: accumulate(), lambda: chain(1).__next__(), lambda: compress([1]),
             lambda: pairwise(1), lambda: zip_longest(1), lambda: list(starmap(len, [1])),
             lambda: list(accumulate([1, 'a']))]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
