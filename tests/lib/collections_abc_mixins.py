# collections.abc: mixin methods on user classes.
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set

class Frozen(Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = Frozen(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, m.keys() & {'a', 'q'}, ('a', 1) in m.items(), 2 in m.values())
print(type(m.keys()).__name__, len(m.items()), m.__reversed__ is None)

class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store()
s.update({'a': 1}, b=2)
s.update([('c', 3)])
print(dict(s), s.pop('a'), s.pop('z', 9), s.setdefault('d', 4), s.popitem(), len(s))
s.clear()
try:
    s.popitem()
except KeyError:
    print('KeyError')

class Tup(Sequence):
    def __init__(self, *a): self._a = a
    def __getitem__(self, i): return self._a[i]
    def __len__(self): return len(self._a)
t = Tup(1, 2, 3, 2)
print(list(t), 2 in t, list(reversed(t)), t.index(2), t.index(2, 2), t.count(2), t.index(3, -2))

class Lst(MutableSequence):
    def __init__(self): self._a = []
    def __getitem__(self, i): return self._a[i]
    def __setitem__(self, i, v): self._a[i] = v
    def __delitem__(self, i): del self._a[i]
    def __len__(self): return len(self._a)
    def insert(self, i, v): self._a.insert(i, v)
l = Lst()
l.append(1); l.extend([2, 3]); l += [4]; l.reverse()
print(l._a, l.pop(), l.pop(0), l._a)
l.remove(3); print(l._a)

class S(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), type(a & b).__name__)
print(a <= b, S([2]) < a, a == S([3, 2, 1]), a.isdisjoint([5]), a == {1, 2, 3})
