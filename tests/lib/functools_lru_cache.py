# functools.lru_cache and cache.
from functools import lru_cache, cache

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.cache_info())
print(fib.__name__, fib.__wrapped__(5), fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], type(info).__name__)
print(info._fields, tuple(info))

@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@cache
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1, b=1), kw(1, 1), kw(a=1), kw(1, c=2), kw.cache_info())

class Box:
    @lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x
b = Box()
print(b.double(4), b.double(4), Box.double.cache_info())

print(lru_cache(maxsize=-5)(abs).cache_info().maxsize)
for call in [lambda: lru_cache('x'), lambda: kw([]), lambda: fib()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
