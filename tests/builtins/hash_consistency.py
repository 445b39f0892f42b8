values = [0, 1, -1, 2 ** 31, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 10 ** 30, 0.5, -2.5, 1e100, float("inf"), float("-inf"),
          True, False, None, (), (1, 2), (1, (2, 3)), frozenset(), 1j, 2 + 3j]
for v in values:
    h1, h2 = hash(v), hash(v)
    print(repr(v), h1 == h2, type(h1).__name__)
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(1 / 2))
print(hash(10 ** 30) == hash(float(10 ** 30)) if float(10 ** 30) == 10 ** 30 else "not equal so hash may differ")
print(hash((1, 2)), hash(()), hash(2 ** 61 + 5), hash(-1), hash(1.5), hash(float("inf")))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
class K:
    pass
k = K()
print(hash(k) == hash(k), hash(k) == object.__hash__(k), hash(K) == hash(K))
print(hash("same") == hash("same"), hash(b"same") == hash(b"same"), hash("a") == hash(b"a"))
d = {}
for v in [1, 1.0, True, 2, 2.0]:
    d[v] = d.get(v, 0) + 1
print(d)
print(hash(range(3)) == hash(range(0, 3, 1)), hash(slice) == hash(slice))
print({frozenset({1}): "a", frozenset([1]): "b"})
