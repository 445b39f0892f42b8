print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted([-3, 2, -1], key=abs))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
print(sorted([1, 2, 3], key=lambda x: 0), sorted([], key=len), sorted(range(5), key=lambda x: -x))
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{}, {}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
orig = [3, 1]
new = sorted(orig)
print(orig, new, new is not orig)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed([])))
for bad in ({1, 2}, iter([1]), 5, (x for x in "a")):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
print(sorted(["B", "a", "C"], key=str.lower, reverse=True))
print(sorted([1.5, 1, True, 0.5]))
