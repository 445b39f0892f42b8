f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset("aab") == frozenset("ab"), frozenset(range(3)))
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})])
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__)
print(f.union([9]), f.intersection({1, 2}), f.difference([1]), f.symmetric_difference({1, 5}))
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({7}), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.discard(1)
except AttributeError as e:
    print(type(e).__name__, e)
g = f
f |= {10}
print(f, g, f is g)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({2, 1}))
print(frozenset() is frozenset(), frozenset() == frozenset())
s = {1, 2}
try:
    {s}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset(s)}, frozenset(s) in {frozenset({1, 2})})
print(sorted(frozenset({5, -1, 3})), min(f), max(f))
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset([frozenset()]), repr(frozenset({"a"})))
