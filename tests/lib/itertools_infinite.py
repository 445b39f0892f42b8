# itertools: count, cycle, repeat (values, reprs, type names, errors).
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)))
print(list(islice(count(1.5, 0.5), 3)), list(islice(count(1j, 1), 2)))
c = count(5)
print(next(c), next(c), repr(c), repr(count(2, 1.0)), repr(count(0, 2)))
print(repr(count(2 ** 70)), repr(count(1.5)), repr(count()))
print(list(zip(count(1), 'abc')))

cy = cycle('ab')
print([next(cy) for _ in range(5)], list(cycle([])))
calls = []
def gen():
    for x in 'xy':
        calls.append(x)
        yield x
g = cycle(gen())
print([next(g) for _ in range(6)], calls)

r = repeat('x', 3)
print(repr(r), list(r), repr(r), repr(repeat(1, -2)), repr(repeat(None)))
r2 = repeat(7, 2)
next(r2)
print(repr(r2), r2.__length_hint__(), list(map(pow, range(4), repeat(2))))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)

for obj in [count(), cycle(''), repeat(1)]:
    print(type(obj).__name__, iter(obj) is obj)

for call in [lambda: count('a'), lambda: count(0, 'b'), lambda: repeat(),
             lambda: cycle(), lambda: cycle(1), lambda: repeat(1, 'x')]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
