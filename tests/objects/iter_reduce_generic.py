# __reduce__ of enumerate, reversed (the __getitem__ fallback), zip (strict too), map,
# filter, callable_iterator and the sequence iterator; dict and set iterators.
def names(t):
    return tuple(type(x).__name__ if type(x).__name__.endswith("iterator") else x for x in t)

class Seq:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError(i)
    def __len__(self): return 3
    def __repr__(self): return "Seq()"

e = enumerate("abc", 5); next(e)
r = e.__reduce__(); print(r[0].__name__, names(r[1]), list(r[1][0]))
print(enumerate([], 2**70).__reduce__()[1][1])
class E(enumerate): pass
print(E("x").__reduce__()[0].__name__, hasattr(e, "__setstate__"), hasattr(e, "__length_hint__"))

rv = reversed(Seq()); print(rv.__reduce__(), rv.__length_hint__())
next(rv); print(rv.__reduce__(), rv.__length_hint__())
rv.__setstate__(-9); print(rv.__reduce__(), list(rv), rv.__reduce__(), rv.__length_hint__())
rv = reversed(Seq()); rv.__setstate__(50); print(list(rv))

si = iter(Seq()); next(si); print(si.__reduce__(), si.__length_hint__())
si.__setstate__(-3); print(si.__reduce__()); si.__setstate__(7); print(list(si), si.__reduce__())

z = zip("ab", [1, 2]); r = z.__reduce__(); print(r[0].__name__, names(r[1]), len(r))
z = zip("ab", "c", strict=True); r = z.__reduce__(); print(names(r[1]), r[2:])
z = zip("ab", "c"); z.__setstate__(1); print(len(z.__reduce__()))
try: list(z)
except ValueError as ex: print("ValueError", ex)
z = zip("ab", strict=True); z.__setstate__([]); print(len(z.__reduce__()))
print(zip().__reduce__()[1])

m = map(pow, [1, 2], (3, 4)); r = m.__reduce__(); print(r[0].__name__, names(r[1]))
f = filter(None, [0, 1]); r = f.__reduce__(); print(r[0].__name__, names(r[1]))
class M(map): pass
print(M(abs, []).__reduce__()[0].__name__)

c = iter([3, 2, 1, 0].pop, 2); r = c.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][0].__self__, r[1][1])
print(list(c), c.__reduce__())

d = {"a": 1, "b": 2, "c": 3}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items())):
    next(it); print(type(it).__name__, it.__reduce__(), it.__length_hint__(), list(it))
it = iter(d); d["z"] = 0
try: it.__reduce__()
except RuntimeError as ex: print("RuntimeError", ex)
s = {1, 2, 3}; it = iter(s); next(it)
print(it.__reduce__(), it.__length_hint__(), sorted(it), it.__reduce__())
it = iter(s); s.add(9)
try: it.__reduce__()
except RuntimeError as ex: print("RuntimeError", ex)

# the reductions look the builtins up when called: AttributeError once they are gone
import builtins
it, rit, di = iter([1]), reversed([1, 2]), iter({1: 2})
saved_iter, saved_rev = builtins.iter, builtins.reversed
del builtins.iter, builtins.reversed
for x in (it, rit, di, saved_rev(range(3)), saved_iter({5})):
    try: print(type(x).__name__, x.__reduce__()[1:])
    except AttributeError as ex: print(type(x).__name__, "AttributeError", ex)
builtins.iter, builtins.reversed = saved_iter, saved_rev
