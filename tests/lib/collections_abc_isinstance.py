# collections.abc: isinstance for built-in types and structural checks.
from collections.abc import *
import collections.abc as cabc

names = ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Collection',
         'Callable', 'Hashable', 'Reversible', 'Sequence', 'MutableSequence',
         'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
         'KeysView', 'ItemsView', 'ValuesView', 'ByteString']
def gen():
    yield
class Walker:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Unhashable:
    __hash__ = None
class Sized2:
    def __len__(self): return 0
class NotIter:
    def __iter__(self): return iter(())
NotIter.__iter__ = None
samples = [[], (), {}, set(), frozenset(), 'abc', b'x', bytearray(), range(3),
           iter([]), iter({}), gen(), len, 1, 1.5, None, Unhashable(), Walker(),
           Sized2(), NotIter(), {}.keys(), {}.items(), {}.values(), reversed([]), type]
for obj in samples:
    kinds = [n for n in names if isinstance(obj, getattr(cabc, n))]
    print(type(obj).__name__, ' '.join(kinds))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, MutableSequence))
print(issubclass(Walker, Iterator), issubclass(Walker, Generator), issubclass(int, Hashable))
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(MutableSequence.__abstractmethods__), sorted(Set.__abstractmethods__))
print(Sequence.__mro__[1:4], type(Mapping).__name__)
print(cabc.__name__, len(cabc.__all__), 'Awaitable' in cabc.__all__)
from collections import deque, OrderedDict, Counter, ChainMap, defaultdict
print([isinstance(x, MutableSequence) for x in (deque(), [], ())],
      [isinstance(x, MutableMapping) for x in (OrderedDict(), Counter(), ChainMap(), defaultdict())])
