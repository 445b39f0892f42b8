# collections.deque: error messages and mutation during iteration.
from collections import deque

d = deque([1, 2, 3], maxlen=3)
full = [lambda: d.insert(0, 1), lambda: d.index(9), lambda: d.remove(9),
        lambda: d[5], lambda: d[-4], lambda: d['a'], lambda: d[1:2],
        lambda: deque(maxlen=-1), lambda: deque(maxlen='a'),
        lambda: deque().pop(), lambda: deque().popleft(), lambda: d + [1],
        lambda: d.index(1, 1), lambda: deque(5), lambda: d.rotate('x')]
for call in full:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError:
    print('maxlen is read-only')
print(hash(None) is not None, deque.__hash__ is None)

it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for x in d:
        d.appendleft(x)
except RuntimeError as e:
    print(e)
it = iter(deque('ab'))
print(list(it), list(it))
dd = deque('abc')
it = iter(dd)
print(it.__length_hint__(), next(it), it.__length_hint__())
dd[0] = 'z'
print(list(it), dd)
print(deque('abc').index('c', -1), deque('abc').index('a', -10, 1))
try:
    deque('abc').index('a', 1, 2)
except ValueError as e:
    print(e)
