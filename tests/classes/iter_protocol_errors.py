# Disabled and broken iteration protocols: __iter__ = None, bad __iter__, odd __getitem__
class I:
    def __iter__(self):
        return iter([1, 2, 3])
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
for fn in (lambda: iter(NoIter()), lambda: 1 in NoIter()):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class NoContains(I):
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
for fn in (lambda: 1 in Nothing(), lambda: iter(Nothing()), lambda: list(5)):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()), reversed.__name__)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), sorted(Rev()))
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Counter()), 2 in Counter(), iter(c := Counter()) is c)
