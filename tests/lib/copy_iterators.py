# copy.copy and copy.deepcopy of part-consumed builtin iterators: the copy resumes
# where the original stands, and both advance independently afterwards.
import copy

def makers():
    d = {"a": 1, "b": 2, "c": 3}
    return [
        iter([1, 2, 3, 4]), reversed([1, 2, 3, 4]), iter((1, 2, 3)), iter(range(10, 0, -2)),
        iter(range(2**66, 2**66 + 3)), iter("abcd"), iter("\u0101\u0102\u0103"),
        iter(b"abc"), iter(bytearray(b"abc")), iter(d), iter(d.items()), reversed(d.values()),
        iter({5, 6}), enumerate("xyz"), zip("abc", "def"), map(ord, "abc"),
        filter(None, [0, 1, 0, 2, 3]),
    ]

for fn in (copy.copy, copy.deepcopy):
    for it in makers():
        next(it)
        c = fn(it)
        print(fn.__name__, type(it).__name__, type(c).__name__, c is it, list(c), list(it))

# shallow copies of a list iterator share the list; deep copies do not
lst = [[1], [2], [3]]
it = iter(lst); next(it)
s, d = copy.copy(it), copy.deepcopy(it)
lst[1].append(9); lst.append([4])
print(list(s), list(d), list(it))

# iterators wrapping other iterators: a shallow copy shares the inner iterator
e = enumerate(iter("abcd")); next(e)
s = copy.copy(e); print(next(s), next(e), next(s))
d = copy.deepcopy(e); print(list(d), list(e))
z = zip(iter([1, 2, 3]), iter("abc"), strict=True)
d = copy.deepcopy(z); print(list(d), list(z))
# builtin methods are atomic for deepcopy: iter(callable, sentinel) copies share the list
lst = [0, 3, 2, 1]
c = iter(lst.pop, 0); next(c)
d = copy.deepcopy(c); print(d.__reduce__()[1][0].__self__ is lst, list(d), lst)
