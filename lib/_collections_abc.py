"""Abstract Base Classes for containers (CPython 3.11's `_collections_abc`,
re-exported as `collections.abc`).

Implements Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
AsyncGenerator, Iterable, Iterator, Reversible, Generator, Sized,
Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping,
MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence and
ByteString: the structural __subclasshook__ checks CPython has (a class
that defines the required methods counts as a subclass; a method set to
None opts out), the mixin methods, and the registration of the built-in
types (list, dict, tuple, str, set, frozenset, range, bytes, bytearray,
mappingproxy, the dict views, the built-in iterators and generators).

Left out: `__class_getitem__` (ABC[int] generic aliases) and Buffer
(new in 3.12).
"""

from abc import ABCMeta, abstractmethod
import sys as _sys

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

__name__ = "collections.abc"


def _gen():
    yield

# Built-in types reachable only through an instance.
_builtin_iterators = [type(iter(x)) for x in
                      (b'', bytearray(), {}.keys(), {}.values(), {}.items(),
                       [], reversed([]), range(0), set(), '', (), zip())]
_generator = type(_gen())
_mappingproxy = type(type.__dict__)
del _gen


async def _coro():
    pass

_coro = _coro()
_coroutine = type(_coro)
_coro.close()  # no "never awaited" warning
del _coro


async def _ag():
    yield

_async_generator = type(_ag())
del _ag


def _check_methods(C, *methods):
    """Return True when each name in methods is defined, not as None, by
    some class on C's MRO; NotImplemented otherwise."""
    for name in methods:
        for klass in C.__mro__:
            found = klass.__dict__.get(name, _check_methods)
            if found is _check_methods:
                continue
            if found is None:
                return NotImplemented
            break
        else:
            return NotImplemented
    return True


def _structural(abc_cls, *methods):
    """Give abc_cls a __subclasshook__ accepting any class that defines
    methods.  The hook applies to abc_cls itself, not to its subclasses."""
    def __subclasshook__(cls, C):
        if cls is abc_cls:
            return _check_methods(C, *methods)
        return NotImplemented
    abc_cls.__subclasshook__ = classmethod(__subclasshook__)
    return abc_cls


def _raise_given(typ, val, tb):
    """Raise the exception described by throw()'s three arguments."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# One-method ABCs -----------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    """Classes whose instances can be hashed (define __hash__)."""
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

_structural(Hashable, '__hash__')


class Sized(metaclass=ABCMeta):
    """Classes whose instances have a length (define __len__)."""
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

_structural(Sized, '__len__')


class Container(metaclass=ABCMeta):
    """Classes that support the `in` operator (define __contains__)."""
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

_structural(Container, '__contains__')


class Callable(metaclass=ABCMeta):
    """Classes whose instances can be called (define __call__)."""
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

_structural(Callable, '__call__')


class Iterable(metaclass=ABCMeta):
    """Classes whose instances can be iterated (define __iter__)."""
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

_structural(Iterable, '__iter__')


class Iterator(Iterable):
    """Iterators: __next__ plus an __iter__ that returns self."""
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Return the next item; raise StopIteration when there is none."""
        raise StopIteration

    def __iter__(self):
        return self

_structural(Iterator, '__iter__', '__next__')
for _t in _builtin_iterators:
    Iterator.register(_t)


class Reversible(Iterable):
    """Iterables that also support reversed() (define __reversed__)."""
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

_structural(Reversible, '__reversed__', '__iter__')


class Generator(Iterator):
    """Iterators with send(), throw() and close(), like generators."""
    __slots__ = ()

    def __next__(self):
        """Resume the generator with None; return what it yields next."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; return what it yields next."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point."""
        _raise_given(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; it must not yield another value."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

_structural(Generator, '__iter__', '__next__', 'send', 'throw', 'close')
Generator.register(_generator)


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""
    __slots__ = ()

_structural(Collection, '__len__', '__iter__', '__contains__')


# Asynchronous ABCs ------------------------------------------------------------

class Awaitable(metaclass=ABCMeta):
    """Objects usable in an await expression (define __await__)."""
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        return iter(())

_structural(Awaitable, '__await__')


class Coroutine(Awaitable):
    """Awaitables with send(), throw() and close()."""
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; return what it yields next."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the coroutine's suspension point."""
        _raise_given(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; it must not yield another value."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")

_structural(Coroutine, '__await__', 'send', 'throw', 'close')
Coroutine.register(_coroutine)


class AsyncIterable(metaclass=ABCMeta):
    """Objects usable in `async for` (define __aiter__)."""
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

_structural(AsyncIterable, '__aiter__')


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__ plus __aiter__ returning self."""
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Return the next item; raise StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

_structural(AsyncIterator, '__anext__', '__aiter__')


class AsyncGenerator(AsyncIterator):
    """Asynchronous iterators with asend(), athrow() and aclose()."""
    __slots__ = ()

    async def __anext__(self):
        """Resume with None; return what the generator yields next."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with value; return what the generator yields next."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point."""
        _raise_given(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit in; it must not yield another value."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

_structural(AsyncGenerator, '__aiter__', '__anext__', 'asend', 'athrow',
            'aclose')
AsyncGenerator.register(_async_generator)


# Sets -----------------------------------------------------------------------------

class Set(Collection):
    """Read-only sets.  Subclasses provide __contains__, __iter__ and
    __len__; the comparisons and the operators & | - ^ come from here.
    Results of the operators are built with the _from_iterable classmethod,
    which calls the class with an iterable (override it if the constructor
    takes something else)."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """Build a set of this class from an iterable."""
        return cls(it)

    def _as_set(self, other):
        """other as a Set, or None when it is not even iterable."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        """Return True if self and other have no element in common."""
        return not any(x in self for x in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([x for x in other if x in self])

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([*self, *other])

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([x for x in self if x not in other])

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([x for x in other if x not in self])

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """An order-independent hash of the elements, for hashable Set
        subclasses to return from their __hash__."""
        mask = 2 * _sys.maxsize + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for x in self:
            hx = hash(x)
            h = (h ^ ((hx ^ (hx << 16) ^ 89869747) * 3644798167)) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > _sys.maxsize:
            h -= mask + 1
        return 590923713 if h == -1 else h

Set.register(frozenset)


class MutableSet(Set):
    """Mutable sets.  Subclasses provide add() and discard() as well; the
    other mutators (remove, pop, clear, |= &= ^= -=) come from here."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add value to the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove value if present; do nothing otherwise."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value; raise KeyError if it is absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return an arbitrary element; KeyError if empty."""
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        """Remove every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self

MutableSet.register(set)


# Mappings -------------------------------------------------------------------------

class Mapping(Collection):
    """Read-only mappings.  Subclasses provide __getitem__, __iter__ and
    __len__; get, keys, items, values, __contains__ and __eq__ come from
    here."""
    __slots__ = ()

    # Tell ABCMeta.__new__ that this class should have TPFLAGS_MAPPING set.
    __abc_tpflags__ = 1 << 6 # Py_TPFLAGS_MAPPING

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """Return self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

Mapping.register(_mappingproxy)


class MappingView(Sized):
    """Base of the views that keys(), items() and values() return."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    """A view of a mapping's keys; set operations return sets."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

KeysView.register(type({}.keys()))


class ItemsView(MappingView, Set):
    """A view of a mapping's (key, value) pairs; set operations return sets."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])

ItemsView.register(type({}.items()))


class ValuesView(MappingView, Collection):
    """A view of a mapping's values."""
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

ValuesView.register(type({}.values()))


_MISSING = object()

class MutableMapping(Mapping):
    """Mutable mappings.  Subclasses provide __setitem__ and __delitem__
    as well; pop, popitem, clear, update and setdefault come from here."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; if key is absent, return
        default when given, else raise KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return the first (key, value) pair that iteration
        gives; KeyError if the mapping is empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Update from a mapping, an object with keys(), or an iterable of
        pairs, then from the keyword arguments."""
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for key in other.keys() if not isinstance(other, Mapping) else other:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """Return self[key]; if key is absent, first set it to default."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

MutableMapping.register(dict)


# Sequences ------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequences.  Subclasses provide __getitem__ (by integer
    index, raising IndexError past the end) and __len__; iteration,
    reversed(), `in`, index() and count() come from here."""
    __slots__ = ()

    # Tell ABCMeta.__new__ that this class should have TPFLAGS_SEQUENCE set.
    __abc_tpflags__ = 1 << 5 # Py_TPFLAGS_SEQUENCE

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                value = self[i]
            except IndexError:
                return
            yield value
            i += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """Return the first index of value in self[start:stop]; raise
        ValueError if it is not there."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """Return the number of items that are, or equal, value."""
        n = 0
        for v in self:
            if v is value or v == value:
                n += 1
        return n

Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)


class ByteString(Sequence):
    """The common ABC of bytes and bytearray."""
    __slots__ = ()

ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """Mutable sequences.  Subclasses provide __setitem__, __delitem__ and
    insert() as well; append, clear, reverse, extend, pop, remove and +=
    come from here."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        i, j = 0, len(self) - 1
        while i < j:
            self[i], self[j] = self[j], self[i]
            i += 1
            j -= 1

    def extend(self, values):
        """Append every item of the iterable values."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item equal to value; ValueError if none is."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self

MutableSequence.register(list)
MutableSequence.register(bytearray)
