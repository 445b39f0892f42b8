import sys
t = (1, 2, 3)
u = t[:]
print(u is t, t[0:3] is t, tuple(t) is t, t + () is t, () + t is t)
v = t * 1
print(v is t, t * 0 is tuple(), (t * 2)[:3] == t)
empty = ()
print(tuple() is empty, tuple([]) is empty, empty[:] is empty, (1,)[1:] is empty)
a = (1, [2])
b = a
a[1].append(3)
print(b, a is b)
a += (4,)
print(a, b, a is b)
big = tuple(range(10))
print(len(big), sys.getsizeof(big) - sys.getsizeof(()), big.count(3), big.index(9))
print(hash(t) == hash((1, 2, 3)), hash(()) == hash(tuple()))
pair = 1, 2
x, y = pair
print(pair, x, y, type(pair).__name__)
single = 5,
print(single, len(single), (5) == 5, (5,) == 5)
nested = ((1, 2), (3, 4))
print(nested[1][0], [n for pair_ in nested for n in pair_], dict(nested))
print(tuple(reversed(t)), tuple(sorted((3, 1, 2))), tuple(x * 2 for x in t))
print(max(nested), min(nested, key=lambda p: p[1]), sum(sum(p) for p in nested))
print((1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") == (1, "a"))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(tuple("abc"), tuple({"k": 1}), tuple(range(0)), tuple(iter([1])))
