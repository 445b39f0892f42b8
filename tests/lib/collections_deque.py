# collections.deque: both ends, maxlen, rotation, indexing, comparison.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, d.count(1), d.index(2), d.index('a', 1), 'x' in d, 9 in d)
d[0] = 'first'
del d[1]
d.insert(1, 'ins')
d.remove('a')
print(d)
d.clear()
print(d, bool(d), deque(), repr(deque('ab')))

bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(5)
print(bounded)
bounded.appendleft(-1)
print(bounded)
bounded.extend([7, 8])
print(bounded, deque(maxlen=0), deque('abc', 0), deque('ab', maxlen=2).maxlen)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque('b') >= deque('ab'), deque() <= deque())
print(deque('ab') + deque('cd'), deque([0]) * 3, 2 * deque([1]))
e = deque([1], maxlen=2)
e += [2, 3]
print(e, (e + deque([4])).maxlen)
e *= 2
print(e)
c = d.copy()
print(c is not d, c == d, type(iter(e)).__name__, type(reversed(e)).__name__)
last = deque(maxlen=2)
for word in 'the quick brown fox'.split():
    last.append(word)
print(last)
r = deque()
r.append(r)
print(r)
class MyDeque(deque):
    pass
print(MyDeque([1]), MyDeque('ab', 5))
