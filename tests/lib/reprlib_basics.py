# reprlib: size-limited reprs and the recursive_repr decorator.
import reprlib
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(sorted(reprlib.__all__))

values = [
    (), (1,), (1, 2), tuple(range(10)), [], [1], list(range(6)), list(range(7)),
    [[[[[[[[1]]]]]]]], [[[[[[[]]]]]]], ((((((((1,),),),),),),),),
    set(), {3, 1, 2}, set(range(20)), frozenset(), frozenset('abcdefgh'),
    {}, {'a': 1}, {i: str(i) for i in range(10)}, {1: {2: {3: {4: {5: {6: {7: 1}}}}}}},
    {1, 2.5, (0,)}, {1: 'a', 'b': 2},
    '', 'short', 'a' * 30, 'a' * 31, 'x' * 100, 'abc\n' * 20, "it's" * 10,
    0, -5, 10 ** 39, 10 ** 40, -10 ** 50, 2 ** 200,
    3.14, None, True, b'bytes' * 10, object, len,
    deque(), deque([1, 2]), deque(range(100)),
    range(1000), 1 + 2j,
]
for v in values:
    s = reprlib.repr(v)
    print(s if 'object at' not in s else s.split(' at ')[0])


class Long:
    def __repr__(self):
        return 'L' * 100


class Broken:
    def __repr__(self):
        raise ValueError('nope')


print(reprlib.repr(Long()))
print(reprlib.repr([Long(), Long()]))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))


# a stand-in for array.array: dispatch is by type name
class array(list):
    typecode = 'i'


print(r.repr(array()), r.repr(array([1, 2, 3])), r.repr(array(range(10))))

# changing the limits
r2 = reprlib.Repr()
r2.maxlist = 2
r2.maxstring = 10
r2.maxlong = 6
r2.maxlevel = 2
r2.maxdict = 1
r2.maxother = 8
r2.fillvalue = '<+>'
print(r2.repr([1, 2, 3]), r2.repr('abcdefghijklmnop'), r2.repr(12345678901))
print(r2.repr([[[1]]]), r2.repr({1: 2, 3: 4}), r2.repr(Long()), r2.repr({}))
r2.maxstring = 2
r2.maxlong = 1
print(r2.repr('abcdef'), r2.repr(123456))
r2.maxstring = 0
print(r2.repr('abcdef'))


# a subclass with its own repr_<type> method
class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return '%.1f' % x

    def repr_Long(self, x, level):
        return 'Long()'


print(MyRepr().repr([1.2345, 2.5, Long()]))


# recursive_repr
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


a = Node(1)
b = Node(2)
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))


class Bag(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        """Bag repr."""
        return 'Bag(' + ', '.join(map(repr, self)) + ')'


bag = Bag([1, 2])
bag.append(bag)
print(repr(bag), repr(Bag()))
print(Bag.__repr__.__name__, Bag.__repr__.__qualname__, Bag.__repr__.__doc__)
print(Bag.__repr__.__module__, hasattr(Bag.__repr__, '__wrapped__'))


class Bad:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise RuntimeError('fail')


x = Bad()
for _ in range(2):
    try:
        repr(x)
    except RuntimeError as e:
        print(type(e).__name__, e)
