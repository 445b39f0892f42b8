# array: extended slices, exports, subclasses, iterator pickling, comparisons
from array import array as A
import pickle, weakref, copy, sys
def show(f):
    try: r = f()
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(r)
for step in (1, 2, 3, -1, -2, -3, 5):
    for start in (None, 0, 3, -2):
        a = A('i', range(10)); del a[start::step]; print(step, start, a)
a = A('i', range(10)); a[::-1] = A('i', range(10)); print(a)
a = A('i', range(10)); a[8:2:-2] = A('i', [0, 0, 0]); print(a)
a = A('d', range(5)); a[1:4] = A('d'); print(a)
a = A('b', range(5)); a[:] = a[::-1]; print(a)
r = weakref.ref(a); print(r() is a)
class S(A):
    def __new__(cls, tc, *rest, extra=None):
        self = super().__new__(cls, tc, *rest); self.extra = extra; return self
s = S('h', [1], extra=5); print(s, s.extra)
it = iter(A('i', [1, 2, 3])); next(it)
it2 = pickle.loads(pickle.dumps(it)); print(list(it2))
print(it.__reduce__()[1:], list(it), it.__reduce__()[1])
a = A('q', [1, 2]); m = memoryview(a)
show(lambda: a.__iadd__(A('q', [1])))
show(lambda: a.__imul__(2))
show(lambda: a.__delitem__(0))
show(lambda: a.__setitem__(slice(0, 1), A('q')))
a[0:1] = A('q', [9]); print(a)
show(lambda: a.fromlist([1]))
show(lambda: a.fromunicode('x'))
show(lambda: a.remove(9))
a.reverse(); a.byteswap(); a.byteswap(); print(a, m.tolist())
a *= 1; print(a)
del m
a *= 2; print(a)
m = memoryview(a)[::2]; print(m.tolist(), m.format)
m2 = memoryview(a).cast('B').cast('Q'); print(m2.tolist(), m2.format)
show(lambda: memoryview(a).cast('i'))
print(A('i', [1, 2]) * 0 == A('i'), A('u', 'ab') + A('u', 'c'))
print(A('b', [1, 2, 3]).index(3, -1), A('b', [1, 2]).count(1.0), 1.0 in A('b', [1]))
show(lambda: A('b', [1]).index(1, 'x'))
print(sys.getsizeof(A('b')) > 0, repr(A('f', [1/3])), str(A('d', [1/3])))
print(list(reversed(A('h', [1, 2, 3]))), A('B', b'abc')[-1], A('u', 'abc')[::-1])
print(copy.deepcopy([A('i', [1])]), pickle.loads(pickle.dumps(A('f', [0.5]), 2)))
print(A('i', [1]) < A('i', [1, 2]), A('i', [2]) > A('i', [1, 5]), A('d', [1.0]) <= A('i', [1]))
x = A('i', [5]); x.extend(x); x += x; print(x)
show(lambda: x.frombytes(x)); y = A("b", [1]); show(lambda: y.frombytes(y)); y.frombytes(A("B", [2])); print(y)
print(A.__doc__[:20], A.append.__doc__)
print(array if False else '', type(A('i').__iter__()).__module__)
