s = {1, 2, 3}
print(s.union(), s.union([4], (5,), {6}), s.intersection(range(2, 10), [3, 2]))
print(s.difference(), s.difference([1], [2]), s.symmetric_difference(range(5)))
print(s.issubset(s), s.issuperset(set()), set().issubset(s), s.isdisjoint([]))
t = set()
t.update("ab", [1], range(2))
print(sorted(t, key=str))
t.intersection_update("abc", "a")
print(t)
u = {1, 2, 3, 4}
u.difference_update({1}, [2])
print(u)
u.symmetric_difference_update([4, 5])
print(u)
words = ["x", "y", "x", "z", "y"]
print(len(set(words)), sorted(set(words)))
seen = set()
unique = [w for w in words if not (w in seen or seen.add(w))]
print(unique)
a = {i for i in range(10) if i % 2}
b = {i for i in range(10) if i % 3 == 0}
print(a, b, a & b, a | b, a - b, a ^ b)
print(min(a), max(b), sum(a | b), sorted(a ^ b, reverse=True))
fs = frozenset(a)
print(fs == a, a == fs, fs | b == a | b, type(fs - b).__name__)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {3} > set())
print(len({(1, 2), (2, 1)}), {True, 1, 1.0}, {0, False, 0.0})
