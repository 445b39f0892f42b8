# deque iterators: __reduce__ (deque, items read), the (deque, index) constructor,
# length hints after mutation, pickle round trips and copies.
import collections, pickle, copy
d = collections.deque([1,2,3]); it = iter(d); next(it)
print(it.__reduce__()[1:], type(it).__name__, it.__length_hint__())
it2 = type(it)(d, 2); print(list(it2), list(type(it)(d, 5)), list(type(it)(d)))
d.append(4); print(it.__reduce__()[1:])
try: list(it)
except Exception as e: print(type(e).__name__, e)
print(it.__reduce__()[1:], it.__length_hint__())
r = reversed(d); next(r); print(r.__reduce__()[1:], list(type(r)(d, 1)), r.__length_hint__())
it=iter(d); list(it); print(it.__reduce__()[1:])
for p in range(6):
    it = iter(d); next(it); r = reversed(d); next(r)
    a, b = pickle.loads(pickle.dumps((it, r), p)); print(p, list(a), list(b), list(it))
it = iter(d); next(it); c = copy.copy(it); dc = copy.deepcopy(it); d.append(5)
try: list(c)
except RuntimeError as e: print("RuntimeError", e)
print(list(dc))
