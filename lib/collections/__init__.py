"""Container datatypes (CPython 3.11's `collections`).

Implements deque (a double-ended queue with optional maxlen, indexing,
rotation, iteration that detects mutation), defaultdict, OrderedDict
(move_to_end, popitem(last=), order-sensitive equality, 3.11's repr),
Counter (multiset arithmetic and comparisons, most_common, elements,
update/subtract, total), namedtuple (rename, defaults, module, _make,
_asdict, _replace, _fields, _field_defaults, __match_args__) and ChainMap
(maps, new_child, parents, writes to the first map), plus UserDict,
UserList and UserString.  `collections.abc` holds the container ABCs.

Left out: the C accelerators; deque, defaultdict and OrderedDict are Python
classes, so messages that CPython words with the type's dotted C name
(e.g. "unhashable type: 'collections.deque'") say 'deque' instead;
OrderedDict views have the plain dict view types.
"""

import sys as _sys
from operator import itemgetter as _itemgetter, eq as _eq, index as _index

try:
    from _collections import _tuplegetter
except ImportError:
    _tuplegetter = lambda index, doc: property(_itemgetter(index), doc=doc)
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
import _collections_abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_MISSING = object()


def _repr_guard(func, fill='...'):
    """Make a __repr__ return fill when it re-enters for the same object
    (a container that holds itself)."""
    if isinstance(func, str):
        return lambda f: _repr_guard(f, func)
    running = set()
    def wrapper(self):
        key = id(self)
        if key in running:
            return fill
        running.add(key)
        try:
            return func(self)
        finally:
            running.discard(key)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    return wrapper


def _as_int(n):
    if not hasattr(type(n), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    return type(n).__index__(n)


def _as_index(i):
    if not hasattr(type(i), '__index__'):
        raise TypeError('sequence index must be integer, not %r'
                        % type(i).__name__)
    return type(i).__index__(i)


# deque -------------------------------------------------------------------------

class deque:
    """deque([iterable[, maxlen]]): a double-ended queue of the items of
    iterable.  Adding or removing at either end is fast.  With maxlen the
    deque holds at most maxlen items: adding at one end when it is full
    drops an item at the other end."""
    __glass_tpname__ = 'collections.deque'   # CPython's C type name, for messages

    # Items live in the dict _data under the consecutive integer keys
    # _left .. _left + len - 1, so both ends are reachable in O(1).
    # _state counts mutations; iterators compare it to detect them.
    __slots__ = ('_data', '_left', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._data = {}
        self._left = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        """The maximum length given at creation, or None when unbounded."""
        return self._maxlen

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) > 0

    def _index(self, i):
        """Map a (possibly negative) index to a key of _data."""
        i = _as_index(i)
        n = len(self._data)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._left + i

    def append(self, x):
        """Add x at the right end."""
        if self._maxlen == 0:
            return
        self._state += 1
        data = self._data
        data[self._left + len(data)] = x
        if self._maxlen is not None and len(data) > self._maxlen:
            del data[self._left]
            self._left += 1

    def appendleft(self, x):
        """Add x at the left end."""
        if self._maxlen == 0:
            return
        self._state += 1
        data = self._data
        self._left -= 1
        data[self._left] = x
        if self._maxlen is not None and len(data) > self._maxlen:
            del data[self._left + len(data) - 1]

    def pop(self):
        """Remove and return the item at the right end."""
        data = self._data
        if not data:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return data.pop(self._left + len(data) - 1)

    def popleft(self):
        """Remove and return the item at the left end."""
        data = self._data
        if not data:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = data.pop(self._left)
        self._left += 1
        return x

    def extend(self, iterable):
        """Add each item of iterable at the right end, in order."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Add each item of iterable at the left end, in order (so they end up
        reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._state += 1
        self._data.clear()
        self._left = 0

    def _items(self):
        data = self._data
        left = self._left
        return [data[left + i] for i in range(len(data))]

    def _reset(self, items):
        self._state += 1
        self._data = dict(enumerate(items))
        self._left = 0

    def rotate(self, n=1):
        """Move the last n items to the front (n=1 by default); a negative n
        moves the first -n items to the back."""
        n = _as_int(n)
        size = len(self._data)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._reset(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse the items in place."""
        items = self._items()
        items.reverse()
        state = self._state
        self._reset(items)
        self._state = state     # as CPython, reversing is no mutation for iterators

    def count(self, value):
        """Return how many items are, or equal, value."""
        state = self._state
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return the position of the first item equal to value within
        [start, stop); raise ValueError if there is none."""
        n = len(self._data)
        start = _as_int(start)
        stop = _as_int(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        data = self._data
        for i in range(start, stop):
            x = data[self._left + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before position index; IndexError if the deque is at
        its maxlen."""
        index = _as_int(index)
        if self._maxlen is not None and len(self._data) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove the first item equal to value; ValueError if there is none."""
        state = self._state
        for i, x in enumerate(self._items()):
            found = x is value or x == value
            if state != self._state:
                # (an __eq__ changed the deque: it stays as changed)
                raise IndexError('deque mutated during iteration')
            if found:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def __getitem__(self, i):
        return self._data[self._index(i)]

    def __setitem__(self, i, value):
        self._data[self._index(i)] = value

    def __delitem__(self, i):
        key = self._index(i)
        items = self._items()
        del items[key - self._left]
        self._reset(items)

    def __contains__(self, value):
        state = self._state
        for x in self._items():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    @_repr_guard('[...]')
    def __repr__(self):
        items = repr(self._items())
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, items)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, items, self._maxlen)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_int(n)
        items = self._items()
        if n <= 0:
            self.clear()
        elif n > 1:
            self.extend(items * (n - 1))
        return self

    def copy(self):
        """Return a new deque with the same items and maxlen."""
        new = type(self).__new__(type(self))
        deque.__init__(new, self._items(), self._maxlen)
        return new

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), ((), self._maxlen), state, iter(self._items())


class _deque_iterator:
    """_deque_iterator(deque, index=0): iterator over a deque, skipping its
    first index items; fails if the deque changes meanwhile.  Pickles as
    CPython's: (type, (deque, items already read))."""
    __glass_tpname__ = '_collections._deque_iterator'   # CPython's C type name, for messages

    __slots__ = ('_deque', '_state', '_counter')

    def __init__(self, deque, index=0, /):
        if not isinstance(deque, _deque_type):
            raise TypeError('argument 1 must be collections.deque, not %s'
                            % type(deque).__name__)
        index = _index(index)
        self._deque = deque
        self._state = deque._state
        self._counter = len(deque._data)     # items left
        for _ in range(index):
            if self._counter == 0:
                break
            next(self)

    def __iter__(self):
        return self

    def _position(self, n):
        return n - self._counter

    def __next__(self):
        dq = self._deque
        if dq._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        i = self._position(len(dq._data))
        self._counter -= 1
        return dq._data[dq._left + i]

    def __length_hint__(self):
        return self._counter

    def __reduce__(self):
        return type(self), (self._deque, len(self._deque) - self._counter)


class _deque_reverse_iterator(_deque_iterator):
    """_deque_reverse_iterator(deque, index=0): reverse iterator over a deque."""
    __glass_tpname__ = '_collections._deque_reverse_iterator'   # CPython's C type name, for messages
    __slots__ = ()

    def _position(self, n):
        return self._counter - 1


_deque_type = deque


_collections_abc.MutableSequence.register(deque)


# defaultdict -------------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, *args, **kwargs): a dict that
    creates missing keys.  Reading a missing key with d[key] stores and
    returns default_factory() (or raises KeyError when it is None); get()
    and `in` do not.  The other arguments are as for dict()."""
    __glass_tpname__ = 'collections.defaultdict'   # CPython's C type name, for messages

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        """Create self[key] = default_factory() for a missing key read by
        __getitem__; raise KeyError(key) when there is no factory."""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None or not hasattr(factory, '__call__'):
            frepr = repr(factory)
        else:
            frepr = repr(factory) if factory is not self else '...'
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """Return a new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# OrderedDict -------------------------------------------------------------------

class _OrderedDictViewMixin:
    # The views of an OrderedDict as CPython's odict_keys/odict_values/odict_items:
    # their own names in repr, iteration and reversed() through the dict's own.
    __slots__ = ()

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_keys(_OrderedDictViewMixin, _collections_abc.KeysView):
    __slots__ = ()
    __module__ = 'builtins'   # as CPython's C type

    def __iter__(self):
        return dict.__iter__(self._mapping)

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))


class odict_values(_OrderedDictViewMixin, _collections_abc.ValuesView):
    __slots__ = ()
    __module__ = 'builtins'   # as CPython's C type

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))


class odict_items(_OrderedDictViewMixin, _collections_abc.ItemsView):
    __slots__ = ()
    __module__ = 'builtins'   # as CPython's C type

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        return dict.items(self._mapping).__contains__(item)


class OrderedDict(dict):
    """Dictionary that remembers insertion order, can move keys to either
    end, and compares order-sensitively with other OrderedDicts."""
    __glass_tpname__ = 'collections.OrderedDict'   # CPython's C type name, for messages

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """Update from a mapping, an object with keys(), or pairs, then from
        keyword arguments, appending new keys at the end."""
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def move_to_end(self, key, last=True):
        """Move key to the end, or to the front when last is false; KeyError
        if key is absent."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first when
        last is false; KeyError if the dictionary is empty."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def setdefault(self, key, default=None):
        """Return self[key]; if key is absent, first set it to default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; if key is absent, return default
        when given, else raise KeyError."""
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    @_repr_guard
    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """Return a new OrderedDict with the same items in the same order."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Return an OrderedDict of the keys of iterable, all mapped to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# Counter -------------------------------------------------------------------------

class Counter(dict):
    """Counter([iterable-or-mapping], **kwds): a dict from elements to
    their counts (a multiset).  Counting an iterable adds one per
    occurrence; a mapping supplies counts directly.  A missing element has
    count 0.  Counters add, subtract, take unions (max) and intersections
    (min) of counts; those results keep positive counts only."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Missing elements have count 0 (and are not stored)."""
        return 0

    def total(self):
        """Return the sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """Return (element, count) pairs from the highest count down, the
        first n of them or all when n is None; equal counts keep insertion
        order."""
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        """Return an iterator giving each element as many times as its count
        (elements with a count below 1 are left out)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from an iterable (one per occurrence), from a mapping of
        counts, and from keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self[elem]
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self[elem] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts, like update() but subtracting; counts may become
        zero or negative."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self[elem] - count
            else:
                for elem in iterable:
                    self[elem] = self[elem] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a new Counter with the same counts."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Delete an element's count; a missing element is not an error."""
        if elem in self:
            super().__delitem__(elem)

    @_repr_guard
    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (type(self).__name__, d)

    # Comparisons treat missing elements as having zero counts.

    def _all_counts(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        return (all(test(self[e], other[e]) for e in self) and
                all(test(self[e], other[e]) for e in other))

    def __eq__(self, other):
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __le__(self, other):
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        result = self.__le__(other)
        return result if result is NotImplemented else (result and self != other)

    def __ge__(self, other):
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        result = self.__ge__(other)
        return result if result is NotImplemented else (result and self != other)

    __hash__ = None

    def _combine(self, other, op):
        """A new Counter of op(self[e], other[e]) over both key sets, keeping
        only positive results (self's keys first)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            count = op(self[elem], other[elem])
            if count > 0:
                result[elem] = count
        for elem in other:
            if elem not in self:
                count = op(0, other[elem])
                if count > 0:
                    result[elem] = count
        return result

    def __add__(self, other):
        """Counter of summed counts (positive results only)."""
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        """Counter of differences of counts (positive results only)."""
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        """Counter of the larger of each pair of counts (positive only)."""
        return self._combine(other, lambda a, b: a if a >= b else b)

    def __and__(self, other):
        """Counter of the smaller of each pair of counts (positive only)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            new = count if count < other_count else other_count
            if new > 0:
                result[elem] = new
        return result

    def __pos__(self):
        """Counter with only the positive counts."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Counter of the negated negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Add the counts of other in place; keep positive counts only."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Subtract the counts of other in place; keep positive counts only."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Raise counts to other's where larger; keep positive counts only."""
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Lower counts to other's where smaller; keep positive counts only."""
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# namedtuple ----------------------------------------------------------------------

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])

def _iskeyword(name):
    return name in _KEYWORDS


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """namedtuple(typename, field_names, *, rename=False, defaults=None,
    module=None): return a new tuple subclass whose items can also be read
    as attributes named by field_names (a list of names or one string of
    names separated by spaces or commas).

    rename=True replaces invalid or duplicate names by _0, _1, ...;
    defaults gives default values for the rightmost fields; module sets
    __module__.  The class has _make, _asdict, _replace, _fields and
    _field_defaults, and its repr is like Point(x=1, y=2)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r'
                             % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):],
                                  defaults))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    tuple_new = tuple.__new__

    # __new__ is compiled so that its signature (and the TypeError for a
    # missing or extra argument) names the fields; it is compiled inside a
    # class body of the same name so the code's qualified name is
    # '<typename>.__new__'.
    source = ('class %s:\n def __new__(_cls, %s):\n'
              '  return _tuple_new(_cls, (%s))\n'
              % (typename, ', '.join(field_names), arg_list))
    namespace = {'_tuple_new': tuple_new, '__builtins__': __builtins__,
                 '__name__': 'namedtuple_%s' % typename}
    exec(source, namespace)
    __new__ = namespace[typename].__dict__['__new__']
    __new__ = getattr(__new__, '__func__', __new__)   # unwrap staticmethod
    if defaults:
        __new__.__defaults__ = defaults
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(field_names))

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d'
                            % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = ('Make a new %s object from a sequence '
                              'or iterable' % typename)

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = ('Return a new %s object replacing specified '
                        'fields with new values' % typename)

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# ChainMap --------------------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """ChainMap(*maps): one mapping over several: a lookup tries each map
    in turn, while writes, updates and deletions act on the first map
    only.  maps is the (public, mutable) list of the underlying mappings."""

    def __init__(self, *maps):
        """Use the given mappings, or one new empty dict if there are none."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_repr_guard
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Return a ChainMap of one dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """Return a ChainMap with a copy of the first map and the same other
        maps."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """Return a ChainMap with m (or a new dict) in front of the current
        maps; keyword arguments are added to that front map."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def popitem(self):
        """Remove and return a (key, value) pair of the first map."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from the first map and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def clear(self):
        """Empty the first map; the others stay as they are."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)


# UserDict, UserList, UserString ----------------------------------------------------

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class that keeps its contents in the plain dict .data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), '__missing__'):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        """A shallow copy of the same class."""
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.data = self.data.copy()
        return new

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list-like class that keeps its contents in the plain list .data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data = list(initlist.data)
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, type(self.data)):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    """A str-like class that keeps its contents in the plain str .data.
    Only the commonest str methods are forwarded."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def upper(self):
        return type(self)(self.data.upper())

    def lower(self):
        return type(self)(self.data.lower())

    def strip(self, chars=None):
        return type(self)(self.data.strip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def join(self, seq):
        return self.data.join(seq)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(self._cast(old),
                                            self._cast(new), maxsplit))

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._cast(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)


# Make `collections.abc` reachable after a plain `import collections`.
from collections import abc
