for obj in ([1, 2], (3, 4), "ab", b"cd", {5: "x", 6: "y"}, {7}, range(8, 10), bytearray(b"e")):
    it = iter(obj)
    print(type(it).__name__, next(it), list(it), list(it))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
d = {"a": 1}
for view in (d.keys(), d.values(), d.items()):
    print(type(iter(view)).__name__, list(iter(view)))
print(type(iter(reversed([1]))).__name__, type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
for fn in (enumerate, zip, map, filter):
    print(fn.__name__, type(fn(None, []) if fn in (map, filter) else fn([])).__name__)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
print(list(it))
e = enumerate("xy", 5)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str, [1, 2])
print(next(m), list(m))
print(list(iter([])), list(iter(())), list(iter({})))
print(hasattr(iter([]), "__next__"), hasattr([], "__next__"))
