# itertools.tee: independent iterators over one source.
from itertools import tee
import copy

a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
print(type(a).__name__, a is not b)

reads = []
def source():
    for i in range(4):
        reads.append(i)
        yield i
x, y, z = tee(source(), 3)
print(next(x), reads)
print(next(y), reads)
print(list(x), reads, list(y), list(z))

print(tee('ab', 0), len(tee('ab', 1)), [list(t) for t in tee('ab', 3)])
first, = tee(iter('xyz'), 1)
print(next(first))

# Copying a tee iterator gives another independent one at the same place.
t1, t2 = tee('abcd')
next(t1)
t3 = t1.__copy__()
t4 = copy.copy(t1)
print(list(t1), list(t3), list(t4), list(t2))

# tee() of a tee iterator copies it instead of wrapping it.
p, = tee('pq', 1)
q, r = tee(p)
print(q is p, list(q), list(r))

src = iter(range(3))
u, v = tee(src)
print(next(u), next(src), list(v))
for call in [lambda: tee([], -1), lambda: tee(1), lambda: tee([], 'x')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
