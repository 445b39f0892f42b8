# __length_hint__ of the builtin iterators and operator.length_hint over them,
# including mutation of the underlying container and NotImplemented.
import operator, itertools, collections

class Seq:
    def __getitem__(self, i):
        if i < 5: return i
        raise IndexError
    def __len__(self): return 5

class NoLen:
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError

d = {1: 1, 2: 2, 3: 3}
its = [iter([1, 2, 3]), reversed([1, 2, 3]), iter((1, 2, 3)), iter(range(7)),
       reversed(range(7)), iter("abc"), iter("\xe9\xe8"), iter(b"ab"),
       iter(bytearray(3)), iter(d), iter(d.values()), iter(d.items()), reversed(d),
       iter({1, 2}), iter(frozenset()), reversed(Seq()), iter(Seq()), iter(NoLen()),
       itertools.repeat("x", 4), itertools.repeat("x", -3),
       iter(collections.deque([1, 2, 3])), reversed(collections.deque([1, 2]))]
for it in its:
    before = operator.length_hint(it)
    next(it, None)
    print(type(it).__name__, before, it.__length_hint__(), operator.length_hint(it, 99))

for it in (enumerate("ab"), zip("a", "b"), map(abs, [1]), filter(None, [1]),
           iter(int, 1), itertools.count(), itertools.repeat(1)):
    print(type(it).__name__, hasattr(it, "__length_hint__"), operator.length_hint(it, 42))
try: itertools.repeat(1).__length_hint__()
except TypeError as e: print("TypeError", e)

lst = [1, 2, 3]; it = iter(lst); next(it)
lst.clear(); print(it.__length_hint__())
lst.extend(range(6)); print(it.__length_hint__())
lst = [1, 2, 3]; it = reversed(lst); lst.pop(); print(it.__length_hint__(), list(it))
d = {1: 1}; it = iter(d); d[2] = 2; print(it.__length_hint__())
s = {1}; it = iter(s); s.add(2); print(it.__length_hint__())
print(operator.length_hint(iter(NoLen())), iter(NoLen()).__length_hint__())
it = iter(range(2**70)); next(it); print(it.__length_hint__())
try: operator.length_hint(it)
except OverflowError as e: print("OverflowError", e)
try: operator.length_hint([], 2**64)
except OverflowError as e: print("OverflowError", e)
