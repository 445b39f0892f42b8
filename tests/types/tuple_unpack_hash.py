point = (3, 4)
x, y = point
print(x, y, point == (3, 4), hash(point) == hash((3, 4)))
t = 1, 2, 3
a, *b = t
print(a, b, type(b).__name__)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(hash(((1, 2), 3)) == hash(((1, 2), 3)), hash((1,)) != hash((1, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): "pair", (1, (2, 3)): "nested"}
print(d[1, 2], d[(1, (2, 3))])
s = {(0, 0), (0, 0), (1, 0)}
print(len(s))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 2, 9])
print(lo, hi)
print(divmod(17, 5), *divmod(17, 5))
swap = (1, 2)
swap = swap[::-1]
print(swap)
print((1, 2) + (3,), (0,) * 3, tuple("ab") * 2)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
print(len(()), len((None,)), bool(()), bool((0,)))
print((1, 2, 3).count(2), (1, 2, 3, 2).index(2, 2))
print(((),) == ((),), ((),) != (), () in ((),))
big = tuple(range(100))
print(big[-1], big[10:13], sum(big), big.index(50))
