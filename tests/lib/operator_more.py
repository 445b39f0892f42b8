# operator: attrgetter (dotted, several), itemgetter, methodcaller, index, length_hint
import operator
from operator import attrgetter, itemgetter, methodcaller

class NS:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return "NS(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
o = NS(name="x", child=NS(name="c", child=NS(name="gc", v=3)), v=1)
print(attrgetter("name")(o), attrgetter("child.name")(o), attrgetter("child.child.v")(o))
print(attrgetter("name", "child.child.name", "v")(o))
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")), repr(itemgetter(1)), repr(itemgetter("a", 0)))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "a", k=2)), repr(methodcaller("g", x=[1])))
for call in (lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter("a", 2),
             lambda: attrgetter("nope")(o), lambda: attrgetter("child.nope")(o), lambda: attrgetter("a")(),
             lambda: attrgetter("a")(o, o), lambda: attrgetter("name", key=1),
             lambda: itemgetter(), lambda: itemgetter(5)([1]), lambda: itemgetter("k")({}),
             lambda: itemgetter(0)(), lambda: methodcaller(), lambda: methodcaller(1),
             lambda: methodcaller("upper")(), lambda: methodcaller("nope")(1),
             lambda: methodcaller("upper")("a", "b"), lambda: methodcaller("upper")(obj="a"),
             lambda: itemgetter(0)([1], x=1), lambda: itemgetter(a=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter(slice(1, None))([1, 2, 3]), itemgetter("a", "b")({"a": 1, "b": 2}))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("split", maxsplit=1)("a b c"), methodcaller("upper")("q"))
mc = methodcaller("count", "a")
print(mc("banana"), mc(["a", "b", "a"]))
import copy, pickle
ag = attrgetter("child.name", "v")
mk = pickle.loads(pickle.dumps(methodcaller("split", ",", maxsplit=1)))
print(mk("a,b,c"), repr(mk), repr(pickle.loads(pickle.dumps(attrgetter("a.b", "c")))), repr(copy.copy(itemgetter(1, 2))))
print(copy.copy(ag)(o), copy.deepcopy(itemgetter(1))([5, 6]), pickle.loads(pickle.dumps(methodcaller("upper")))("z"))
print(operator.index(5), operator.index(True), operator.__index__(7))
class I:
    def __index__(self):
        return 42
print(operator.index(I()), [1, 2, 3][operator.index(I()) % 3])
for bad in (1.5, "3", None):
    try:
        operator.index(bad)
    except TypeError as e:
        print("TypeError", e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    operator.index(BadIndex())
except TypeError as e:
    print("TypeError", e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(5, 9), operator.length_hint(iter([])))
class LH:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
class L:
    def __len__(self):
        return 4
    def __length_hint__(self):
        return 99
print(operator.length_hint(LH(7)), operator.length_hint(LH(NotImplemented), 3), operator.length_hint(L()))
for bad in (lambda: operator.length_hint(LH(-1)), lambda: operator.length_hint(LH("x")),
            lambda: operator.length_hint([], "x"), lambda: operator.length_hint(LH(2.5))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(operator, "call"), operator.is_(None, None), operator.is_not(1, None), operator.truth([]))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.iadd([1], [2]), operator.iconcat("a", "b"), operator.ipow(2, 3))
print(operator.neg(3), operator.pos(-2), operator.inv(5), operator.invert(0), operator.not_(1), operator.abs(-3))
print(operator.matmul.__name__, operator.__mul__(2, 3), operator.floordiv(7, 2), operator.truediv(7, 2), operator.mod(7, 3))
print(operator.lshift(1, 4), operator.rshift(16, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
print(attrgetter("name").__class__.__name__, itemgetter(0).__class__.__name__, methodcaller("a").__class__.__name__)
