d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 1 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(k == {"a", "b", "c", "d"}, it == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(v == v, d.values() == d.values())
print(sorted(k & {"a", "x"}), sorted(k | {"x"}), sorted(k - {"a"}), sorted(k ^ {"a", "y"}))
print(type(k & set()).__name__, sorted(it & {("a", 1)}), k.isdisjoint({"z"}))
print(sorted(d.keys() - d.keys()), k <= {"a", "b", "c", "d", "e"}, k < k)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
del d["a"]
print(list(k), len(v))
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(k.mapping == d if hasattr(k, "mapping") else "no mapping", dict(it) == d)
print(list(iter(k)), next(iter(v)), next(iter(it)))
empty = {}
print(list(empty.keys()), empty.values(), bool(empty.items()))
