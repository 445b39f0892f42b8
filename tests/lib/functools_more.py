# functools: reduce(initial), partialmethod, singledispatchmethod, cached_property,
# lru_cache details, total_ordering and cmp_to_key
import functools
from functools import (reduce, partial, partialmethod, singledispatchmethod, cached_property,
                       lru_cache, cache, total_ordering, cmp_to_key, wraps)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2], 10), reduce(operator.add, [], 7))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.concat, ["a", "b"], "z"), reduce(lambda a, b: (a, b), [3], None))
for call in (lambda: reduce(operator.add, []), lambda: reduce(operator.add), lambda: reduce(1, [1, 2]),
             lambda: reduce(operator.add, 5), lambda: reduce(operator.add, [1], 2, 3),
             lambda: reduce(function=operator.add, sequence=[1])):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, note=""):
        self._alive = bool(state)
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")
    @classmethod
    def make(cls, x, y):
        return (cls.__name__, x, y)
    make1 = partialmethod(make, 1)
    sm = partialmethod(staticmethod(lambda a, b: (a, b)), "s")
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="n"))
print(Cell.make1(2), c.make1(3), c.sm("t"), Cell.sm("u"))
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state"))
pm = Cell.__dict__["set_dead"]
print(pm.args, pm.keywords, pm.func.__name__, Cell.set_dead.__name__ if hasattr(Cell.set_dead, "__name__") else type(Cell.set_dead).__name__)
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError", e)
pp = partialmethod(partial(Cell.set_state, note="x"), 1)
print(pp.func is Cell.set_state, pp.args, pp.keywords)

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a %s" % type(arg).__name__)
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register(bool)
    def _(self, arg):
        return not arg
    @neg.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + ":" + arg[::-1]
    @singledispatchmethod
    @classmethod
    def cm(cls, arg):
        return ("default", cls.__name__)
    @cm.register
    @classmethod
    def _(cls, arg: list):
        return ("list", len(arg))
    @singledispatchmethod
    @staticmethod
    def st(arg):
        return "st-default"
    @st.register
    @staticmethod
    def _(arg: float):
        return "st-float"
n = Neg()
print(n.neg(5), n.neg(True), n.neg("abc"), Neg.cm([1, 2]), Neg.cm(3), n.cm([]), Neg.st(1.5), n.st(1))
try:
    n.neg(1.5)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Neg.neg.__name__ if hasattr(Neg.neg, "__name__") else "?", sorted(Neg.__dict__["neg"].dispatcher.registry, key=lambda t: t.__name__))
try:
    class Bad:
        @singledispatchmethod
        def m(self, a):
            pass
        @m.register
        def _(self, a):
            pass
except TypeError as e:
    print("TypeError", str(e).split(":")[0])

class Data:
    calls = 0
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        """Sum of xs."""
        Data.calls += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, Data.calls, d.__dict__, Data.total.__doc__, Data.total.attrname)
del d.total
print(d.total, Data.calls)
d.total = 100
print(d.total, type(Data.total).__name__)
class Slotted:
    __slots__ = ("a",)
    @cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print("TypeError", e)
try:
    class Two:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
cp = cached_property(lambda self: 1)
class Late:
    pass
try:
    cp.__get__(Late(), Late)
except TypeError as e:
    print("TypeError", e)

@lru_cache(maxsize=2)
def sq(x):
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)
@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info(), ident.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=None)
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1, 1), kw(1, b=1), kw(a=1), kw(1, c=2), kw.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
@cache
def cc(x):
    return [x]
print(cc(1) is cc(1), cc.cache_info(), cc.cache_parameters())
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
print(lru_cache(maxsize=-5)(lambda: 1).cache_parameters())

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(2) > V(1), V(1) >= V(2), V(1) == V(1), V(1) != V(2))
print(sorted(k for k in ("__le__", "__gt__", "__ge__") if k in V.__dict__), V.__le__.__doc__ if V.__le__.__doc__ else None)
try:
    V(1) <= 5
except TypeError as e:
    print("TypeError", e)
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print("ValueError", e)

def numeric(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 4, 1], key=cmp_to_key(numeric)), sorted("bca", key=cmp_to_key(lambda a, b: numeric(b, a))))
K = cmp_to_key(numeric)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, type(k1).__name__)
print(type(k1).__hash__)
try:
    k1 < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

p = partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords, repr(p))
p2 = partial(p, "11")
print(p2(), p2.func, p2.args, p2.keywords)
print(repr(partial(divmod, 1)), partial(operator.add, 1)(2))
for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    C = total_ordering(type("C", (), {root: lambda s, o: True}))
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        if op != root:
            f = getattr(C, op)
            print(root, op, f.__doc__, f.__name__, f.__qualname__)
K = cmp_to_key(lambda a, b: 0)
k = K(1)
print(type(k).__module__, type(k).__qualname__, repr(type(k)), type(K) is type(k))
for c in (lambda: k == 5, lambda: k != 5, lambda: k < 5, lambda: K(), lambda: K(1, 2),
          lambda: K(obj=3).obj, lambda: cmp_to_key(), lambda: k.__call__(1).obj, lambda: K(x=1),
          lambda: type(k)(1), lambda: k != K(2), lambda: cmp_to_key(numeric)(1) == K(1)):
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
