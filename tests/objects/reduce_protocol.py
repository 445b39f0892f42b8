# object.__reduce_ex__ / __reduce__ for every protocol: copyreg._reduce_ex below 2,
# __newobj__ / __newobj_ex__ from 2, __getnewargs(_ex)__ checks, slots, set reduction.
import copyreg
class A: pass
a = A(); a.x = 1
for p in range(6):
    r = a.__reduce_ex__(p)
    print(p, r[0].__name__, r[1][0].__name__ if isinstance(r[1][0], type) else r[1], r[2:])
print(a.__reduce__()[0].__name__, a.__reduce__()[1])
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
for p in range(4):
    try: r = s.__reduce_ex__(p); print(p, r[0].__name__, r[2:])
    except TypeError as e: print(p, "TypeError", e)
class NX:
    def __init__(self, a, *, k): self.a = a; self.k = k
    def __getnewargs_ex__(self): return ((self.a,), {'k': self.k})
n = NX(1, k=2)
r = n.__reduce_ex__(2); print(r[0].__name__, r[1][1:], r[2])
r = n.__reduce_ex__(4); print(r[0].__name__, r[1][1:], r[2])
class NA:
    def __getnewargs__(self): return (1, 2)
r = NA().__reduce_ex__(2); print(r[0].__name__, r[1][1:], r[2])
for obj in [lambda: 0, len, (x for x in ()), object()]:
    for p in (0, 2):
        try:
            r = obj.__reduce_ex__(p); print(type(obj).__name__, p, "ok", r[0].__name__ if hasattr(r[0], '__name__') else r[0])
        except TypeError as e:
            print(type(obj).__name__, p, "TypeError", e)
class L(list): pass
l = L([1, 2]); l.q = 3
r = l.__reduce_ex__(2); print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(2); print(r[0].__name__, r[2], r[3], list(r[4]))
class BadNX:
    def __getnewargs_ex__(self): return 5
try: BadNX().__reduce_ex__(2)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
class BadNX2:
    def __getnewargs_ex__(self): return (1,)
try: BadNX2().__reduce_ex__(2)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
class BadNX3:
    def __getnewargs_ex__(self): return ([], {})
try: BadNX3().__reduce_ex__(2)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
class BadNX4:
    def __getnewargs_ex__(self): return ((), [])
try: BadNX4().__reduce_ex__(2)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
class BadNA:
    def __getnewargs__(self): return [1]
try: BadNA().__reduce_ex__(2)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
class Sub(S):
    __slots__ = ('c', '__dict__')
ss = Sub(); ss.c = 3; ss.z = 4
print(ss.__reduce_ex__(2)[2], copyreg._slotnames(Sub))
import copy
c = copy.copy(ss); print(c.a, c.c, c.z)
r = {1,2}.__reduce__(); print(r[0].__name__, r[1], r[2]); r = frozenset([3]).__reduce__(); print(r[0].__name__, r[1], r[2])
class MySet(set): pass
m = MySet([1]); m.attr = 5
print(m.__reduce__()[0].__name__, m.__reduce__()[1], m.__reduce__()[2])
print(int.__module__ is str.__module__)
