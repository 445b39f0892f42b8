"""Functions creating iterators for efficient looping (CPython 3.11's `itertools`).

Implements, as iterator classes whose type names match CPython's: count,
cycle, repeat, accumulate, chain (and chain.from_iterable), compress,
dropwhile, takewhile, filterfalse, groupby (with its _grouper sub-iterators
sharing the parent's underlying iterator), islice (with CPython's
consumption order and error messages), starmap, tee (_tee objects over a
shared linked buffer, copyable with __copy__), zip_longest, product,
permutations, combinations, combinations_with_replacement and pairwise.

Pickling and copying follow CPython 3.11: each iterator has CPython's
__reduce__ (and __setstate__ where CPython has one) with the same
arguments and state, so copy.copy/deepcopy and pickle restore it where it
stands; pairwise cannot be pickled, as in 3.11.  tee objects share
_tee_dataobject blocks of 57 items, as CPython's do, because their pickled
state names them.  Only repeat has a __length_hint__, as in CPython.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MISSING = object()


def _state_args(state, nmin, nmax):
    # A __setstate__ tuple unpacked the way PyArg_ParseTuple does, with its messages.
    if not isinstance(state, tuple):
        raise TypeError('state is not a tuple')
    n = len(state)
    if nmin == nmax and n != nmin:
        raise TypeError('function takes exactly %d argument%s (%d given)'
                        % (nmin, '' if nmin == 1 else 's', n))
    if n < nmin:
        raise TypeError('function takes at least %d argument%s (%d given)'
                        % (nmin, '' if nmin == 1 else 's', n))
    if n > nmax:
        raise TypeError('function takes at most %d argument%s (%d given)'
                        % (nmax, '' if nmax == 1 else 's', n))
    return state


def _ssize(value):
    # PyLong_AsSsize_t: an int (no __index__) that fits a C ssize_t.
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -_sys.maxsize - 1 <= value <= _sys.maxsize:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(value)


def _int_arg(value):
    # PyArg_ParseTuple's "i": any object with __index__.
    if not hasattr(type(value), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return type(value).__index__(value)


def _exact_args(name, args, kwargs, n):
    # The C iterators taking only positional arguments (PyArg_UnpackTuple).
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if len(args) != n:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, n, '' if n == 1 else 's', len(args)))
    return args


def _parse_args(name, args, kwargs, names, npos, nrequired):
    """Bind args/kwargs to `names` (the first npos may be positional) the way
    the C functions of Argument Clinic do, with their error messages; missing
    optional arguments come back as _MISSING."""
    nargs = len(args)
    total = nargs + len(kwargs)
    maxargs = len(names)
    if total > maxargs:
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, maxargs, '' if maxargs == 1 else 's', total))
    if nargs > npos:
        raise TypeError('%s() takes at most %d positional argument%s (%d given)'
                        % (name, npos, '' if npos == 1 else 's', nargs))
    values = list(args) + [_MISSING] * (maxargs - nargs)
    for i in range(nargs, maxargs):
        if names[i] in kwargs:
            values[i] = kwargs[names[i]]
        elif i < nrequired:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[i], i + 1))
    for key in kwargs:
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
        i = names.index(key)
        if i < nargs:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, key, i + 1))
    return values


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or
            hasattr(t, '__float__') or hasattr(t, '__complex__'))


class count:
    """count(start=0, step=1): an endless iterator over start, start+step,
    start+2*step, ...  Works with any numbers (int, float, complex,
    Fraction, Decimal)."""
    __glass_tpname__ = 'itertools.count'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        start, step = _parse_args('count', args, kwargs, ('start', 'step'), 2, 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step
        # CPython's fast mode (an int start below sys.maxsize, an int step of 1)
        # is the one whose __reduce__ leaves the step out.
        self._fast = (isinstance(start, int) and -_sys.maxsize - 1 <= start < _sys.maxsize
                      and isinstance(step, int) and step == 1)

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, self._step)

    def __reduce__(self):
        if self._fast and self._cnt < _sys.maxsize:
            return type(self), (int(self._cnt),)
        return type(self), (self._cnt, self._step)


class cycle:
    """cycle(iterable): yield the iterable's items, saving them, then yield
    the saved items over and over forever (nothing if it was empty)."""
    __glass_tpname__ = 'itertools.cycle'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('cycle() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('cycle expected 1 argument, got %d' % len(args))
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        # CPython's firstpass: True when the items of _it are already in _saved
        # (a cycle restored from a pickle), so they are not saved twice.
        self._firstpass = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                if not self._firstpass:
                    self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item

    def __reduce__(self):
        if self._it is None:
            it = iter(self._saved)
            if self._index != 0:
                it.__setstate__(self._index)
            return type(self), (it,), (self._saved, True)
        return type(self), (self._it,), (self._saved, self._firstpass)

    def __setstate__(self, state):
        saved, firstpass = _state_args(state, 2, 2)
        if not isinstance(saved, list):
            raise TypeError('argument 1 must be list, not %s' % type(saved).__name__)
        firstpass = _int_arg(firstpass)
        self._saved = saved
        self._firstpass = firstpass != 0
        self._index = 0


class repeat:
    """repeat(object[, times]): yield object times times, or forever when
    times is not given."""
    __glass_tpname__ = 'itertools.repeat'   # CPython's C type name, for messages

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._element = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._cnt = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt is None:
            return self._element
        if self._cnt > 0:
            self._cnt -= 1
            return self._element
        raise StopIteration

    def __length_hint__(self):
        if self._cnt is None:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __reduce__(self):
        if self._cnt is not None:
            return type(self), (self._element, self._cnt)
        return type(self), (self._element,)

    def __repr__(self):
        if self._cnt is None:
            return 'repeat(%r)' % (self._element,)
        return 'repeat(%r, %d)' % (self._element, self._cnt)


class accumulate:
    """accumulate(iterable[, func, *, initial=None]): running totals of the
    iterable, or running results of the two-argument func; initial, when
    given, is yielded first and starts the total."""
    __glass_tpname__ = 'itertools.accumulate'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse_args(
            'accumulate', args, kwargs, ('iterable', 'func', 'initial'), 2, 1)
        if func is _MISSING:
            func = None
        if initial is _MISSING:
            initial = None
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        item = next(self._it)
        if self._total is _MISSING:
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total

    def __reduce__(self):
        func = self._func
        if self._initial is not None:
            return type(self), (chain((self._initial,), self._it), func), None
        if self._total is None:
            # a None total cannot be told from "no total yet": start over from
            # (None, *rest) and skip the None, as CPython does
            it = type(self)(chain((None,), self._it), func)
            return islice, (it, 1, None)
        total = None if self._total is _MISSING else self._total
        return type(self), (self._it, func), total

    def __setstate__(self, state):
        self._total = state


class chain:
    """chain(*iterables): yield every item of the first iterable, then of the
    second, and so on."""
    __glass_tpname__ = 'itertools.chain'   # CPython's C type name, for messages

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): like chain(*iterable), but the
        iterables are taken from iterable lazily, one at a time."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    def __reduce__(self):
        if self._source is None:
            return type(self), ()
        if self._active is not None:
            return type(self), (), (self._source, self._active)
        return type(self), (), (self._source,)

    def __setstate__(self, state):
        args = _state_args(state, 1, 2)
        source = args[0]
        active = args[1] if len(args) > 1 else None
        if (not hasattr(type(source), '__next__')
                or (len(args) > 1 and not hasattr(type(active), '__next__'))):
            raise TypeError('Arguments must be iterators.')
        self._source = source
        self._active = active


class compress:
    """compress(data, selectors): yield the items of data whose matching
    item of selectors is true; stops when either runs out."""
    __glass_tpname__ = 'itertools.compress'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        data, selectors = _parse_args('compress', args, kwargs, ('data', 'selectors'), 2, 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item

    def __reduce__(self):
        return type(self), (self._data, self._selectors)


class dropwhile:
    """dropwhile(predicate, iterable): skip items while predicate(item) is
    true, then yield the first failing item and everything after it."""
    __glass_tpname__ = 'itertools.dropwhile'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        predicate, iterable = _exact_args('dropwhile', args, kwargs, 2)
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item

    def __reduce__(self):
        return type(self), (self._pred, self._it), int(not self._dropping)

    def __setstate__(self, state):
        self._dropping = not state


class takewhile:
    """takewhile(predicate, iterable): yield items while predicate(item) is
    true; stop at the first item that fails it."""
    __glass_tpname__ = 'itertools.takewhile'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        predicate, iterable = _exact_args('takewhile', args, kwargs, 2)
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration

    def __reduce__(self):
        return type(self), (self._pred, self._it), int(self._stopped)

    def __setstate__(self, state):
        self._stopped = bool(state)


class filterfalse:
    """filterfalse(function or None, iterable): yield the items for which
    function(item) is false (the false items themselves when function is
    None)."""
    __glass_tpname__ = 'itertools.filterfalse'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        function, iterable = _exact_args('filterfalse', args, kwargs, 2)
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        while True:
            item = next(self._it)
            ok = item if func is None else func(item)
            if not ok:
                return item

    def __reduce__(self):
        return type(self), (self._func, self._it)


class starmap:
    """starmap(function, iterable): yield function(*args) for each tuple of
    arguments args in iterable."""
    __glass_tpname__ = 'itertools.starmap'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        function, iterable = _exact_args('starmap', args, kwargs, 2)
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)

    def __reduce__(self):
        return type(self), (self._func, self._it)


class groupby:
    """groupby(iterable, key=None): yield (key, group) for each run of
    consecutive items having the same key(item) (the item itself when key is
    None).  The groups share the underlying iterator: advancing the groupby
    object ends the previous group."""
    __glass_tpname__ = 'itertools.groupby'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        iterable, key = _parse_args('groupby', args, kwargs, ('iterable', 'key'), 2, 1)
        if key is _MISSING:
            key = None
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                self._step()
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            else:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        return (self._currkey, grouper)

    def __reduce__(self):
        if (self._tgtkey is not _MISSING and self._currkey is not _MISSING
                and self._currvalue is not _MISSING):
            return (type(self), (self._it, self._keyfunc),
                    (self._currkey, self._currvalue, self._tgtkey))
        return type(self), (self._it, self._keyfunc)

    def __setstate__(self, state):
        currkey, currvalue, tgtkey = _state_args(state, 3, 3)
        self._currkey = currkey
        self._currvalue = currvalue
        self._tgtkey = tgtkey


class _grouper:
    """One group of a groupby object; shares the parent's iterator.  Making
    one makes it the parent's current group, as CPython's _grouper(parent,
    tgtkey) does (that is how a pickled group comes back)."""
    __glass_tpname__ = 'itertools._grouper'   # CPython's C type name, for messages

    def __init__(self, parent, tgtkey, /):
        if not isinstance(parent, groupby):
            raise TypeError('_grouper() argument 1 must be itertools.groupby, not %s'
                            % type(parent).__name__)
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self

    def __reduce__(self):
        if self._parent._currgrouper is not self:
            return iter, ((),)
        return type(self), (self._parent, self._tgtkey)

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value

_grouper.__module__ = 'itertools'


def _islice_index(value, message):
    if value is None:
        return None
    if not hasattr(type(value), '__index__'):
        raise ValueError(message)
    value = type(value).__index__(value)
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    yield the items of iterable at positions start, start+step, ... below
    stop, like seq[start:stop:step] but lazily; None means the default (0,
    no limit, 1).  Items before start are read and dropped."""
    __glass_tpname__ = 'itertools.islice'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        start = 0
        step = 1
        if n == 2:
            stop = _islice_index(args[1], stop_msg)
        else:
            stop = _islice_index(args[2], stop_msg)
            idx_msg = ('Indices for islice() must be None or an integer: '
                       '0 <= x <= sys.maxsize.')
            start = _islice_index(args[1], idx_msg)
            if start is None:
                start = 0
            if n == 4 and args[3] is not None:
                step_msg = 'Step for islice() must be a positive integer or None.'
                step = args[3]
                if not hasattr(type(step), '__index__'):
                    raise ValueError(step_msg)
                step = type(step).__index__(step)
                if step < 1:
                    raise ValueError(step_msg)
        self._it = iter(args[0])
        self._next = start       # index of the next item to return
        self._stop = stop        # None: no limit
        self._step = step
        self._cnt = 0            # items consumed so far

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item

    def __reduce__(self):
        if self._it is None:
            return type(self), (iter([]), 0), 0
        return type(self), (self._it, self._next, self._stop, self._step), self._cnt

    def __setstate__(self, state):
        self._cnt = _ssize(state)


_LINKCELLS = 57


class _tee_dataobject:
    """_tee_dataobject(iterator, values, next): a block of up to 57 items read
    from the iterator that the tee objects of one tee() call share, chained
    to the next block (CPython's teedataobject, which pickles by name)."""
    __glass_tpname__ = 'itertools._tee_dataobject'   # CPython's C type name, for messages

    __slots__ = ('_it', '_values', '_nextlink', '_running')

    def __init__(self, iterable, values, next, /):
        if not isinstance(values, list):
            raise TypeError('teedataobject() argument 2 must be list, not %s'
                            % type(values).__name__)
        self._it = iterable
        self._values = list(values)
        self._nextlink = None
        self._running = False
        n = len(values)
        if n > _LINKCELLS:
            raise ValueError('Invalid arguments')
        if next is not None:
            # only a full block has a successor
            if n != _LINKCELLS or type(next) is not _tee_dataobject:
                raise ValueError('Invalid arguments')
            self._nextlink = next

    def _getitem(self, i):
        values = self._values
        if i < len(values):
            return values[i]
        # this is the lead iterator: read one more item
        if self._running:
            raise RuntimeError('cannot re-enter the tee iterator')
        self._running = True
        try:
            value = next(self._it)
        finally:
            self._running = False
        values.append(value)
        return value

    def _jumplink(self):
        if self._nextlink is None:
            self._nextlink = _tee_dataobject(self._it, [], None)
        return self._nextlink

    def __reduce__(self):
        return type(self), (self._it, list(self._values), self._nextlink)

_tee_dataobject.__module__ = 'itertools'


class _tee:
    """A copyable iterator over a shared buffer; tee() returns these."""
    __glass_tpname__ = 'itertools._tee'   # CPython's C type name, for messages

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._dataobj = it._dataobj
            self._index = it._index
        else:
            self._dataobj = _tee_dataobject(it, [], None)
            self._index = 0             # position in _dataobj

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _LINKCELLS:
            self._dataobj = self._dataobj._jumplink()
            self._index = 0
        value = self._dataobj._getitem(self._index)
        self._index += 1
        return value

    def __copy__(self):
        """Return a new _tee that starts where this one is."""
        new = _tee.__new__(_tee)
        new._dataobj = self._dataobj
        new._index = self._index
        return new

    def __reduce__(self):
        return type(self), ((),), (self._dataobj, self._index)

    def __setstate__(self, state):
        dataobj, index = _state_args(state, 2, 2)
        if type(dataobj) is not _tee_dataobject:
            raise TypeError('argument 1 must be itertools._tee_dataobject, not %s'
                            % type(dataobj).__name__)
        index = _int_arg(index)
        if index < 0 or index > _LINKCELLS:
            raise ValueError('Index out of range')
        self._dataobj = dataobj
        self._index = index

_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """tee(iterable, n=2): return n independent iterators over iterable.
    Items read by one iterator are buffered until all have read them."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, '__copy__', None)
    first = it if copier is not None else _tee(it)
    result = [first]
    for _ in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): like zip(), but continue
    until the longest iterable is exhausted, using fillvalue in place of the
    items of the shorter ones."""
    __glass_tpname__ = 'itertools.zip_longest'   # CPython's C type name, for messages

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise           # the last one stays, as in CPython
                its[i] = None
                result.append(self._fill)
        return tuple(result)

    def __reduce__(self):
        return type(self), tuple(() if it is None else it for it in self._its), self._fill

    def __setstate__(self, state):
        self._fill = state


class product:
    """product(*iterables, repeat=1): the Cartesian product, as tuples in
    the order of nested for-loops (the last iterable varies fastest).
    repeat=n uses the iterables n times over, so product(A, repeat=2) is
    product(A, A)."""
    __glass_tpname__ = 'itertools.product'   # CPython's C type name, for messages

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError('product() takes at most 1 keyword argument (%d given)'
                                % len(kwargs))
            if 'repeat' not in kwargs:
                raise TypeError("'%s' is an invalid keyword argument for product()"
                                % next(iter(kwargs)))
            repeat = kwargs['repeat']
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._pools = tuple([tuple(p) for p in iterables]) * repeat
        self._indices = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            if any(len(p) == 0 for p in pools):
                self._done = True
                raise StopIteration
            self._indices = [0] * len(pools)
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k < len(pool):
                indices[i] = k
                result[i] = pool[k]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._done = True
        raise StopIteration

    def __reduce__(self):
        if self._done:
            return type(self), ((),)
        if self._indices is None:
            return type(self), self._pools
        return type(self), self._pools, tuple(self._indices)

    def __setstate__(self, state):
        pools = self._pools
        if not isinstance(state, tuple) or len(state) != len(pools):
            raise ValueError('invalid arguments')
        indices = []
        for index, pool in zip(state, pools):
            index = _ssize(index)
            if not pool:
                self._done = True
                return
            indices.append(min(max(index, 0), len(pool) - 1))
        self._indices = indices
        self._result = [pool[k] for pool, k in zip(pools, indices)]


def _require(name, iterable, r):
    if iterable is _MISSING:
        raise TypeError("%s() missing required argument 'iterable' (pos 1)" % name)
    if r is _MISSING:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)


def _check_r(r, n):
    if r is None and n is not None:
        return n
    if not isinstance(r, int):
        if n is not None:
            raise TypeError('Expected int as r')
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """permutations(iterable, r=None): every ordering of r items chosen
    from iterable (all of them when r is None), as tuples, in lexicographic
    order of positions."""
    __glass_tpname__ = 'itertools.permutations'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        iterable, r = _parse_args('permutations', args, kwargs, ('iterable', 'r'), 2, 1)
        if r is _MISSING:
            r = None
        self._pool = tuple(iterable)
        n = len(self._pool)
        self._r = _check_r(r, n)
        self._done = self._r > n
        self._indices = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            # indices: the current arrangement of all n positions;
            # cycles[i]: how many more swaps position i may take.
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple([pool[i] for i in self._indices[:r]])
        indices = self._indices
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate position i to the end and reset its counter.
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._done = True
        raise StopIteration

    def __reduce__(self):
        if self._indices is None:
            return type(self), (self._pool, self._r)
        if self._done:
            return type(self), ((), self._r)
        return (type(self), (self._pool, self._r),
                (tuple(self._indices), tuple(self._cycles)))

    def __setstate__(self, state):
        indices, cycles = _state_args(state, 2, 2)
        if not isinstance(indices, tuple):
            raise TypeError('argument 1 must be tuple, not %s' % type(indices).__name__)
        if not isinstance(cycles, tuple):
            raise TypeError('argument 2 must be tuple, not %s' % type(cycles).__name__)
        n = len(self._pool)
        if len(indices) != n or len(cycles) != self._r:
            raise ValueError('invalid arguments')
        indices = [min(max(_ssize(k), 0), n - 1) for k in indices]
        cycles = [min(max(_ssize(c), 1), n - i) for i, c in enumerate(cycles)]
        self._indices = indices
        self._cycles = cycles


class combinations:
    """combinations(iterable, r): every choice of r items from iterable
    without repetition, as tuples keeping the input order."""
    __glass_tpname__ = 'itertools.combinations'   # CPython's C type name, for messages

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _require(type(self).__name__, iterable, r)
        self._pool = tuple(iterable)
        self._r = _check_r(r, None)
        self._done = self._r > len(self._pool)
        self._indices = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
            return tuple([pool[i] for i in self._indices])
        indices = self._indices
        # Find the rightmost index that can still move right.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])

    def __reduce__(self):
        if self._indices is None:
            return type(self), (self._pool, self._r)
        if self._done:
            return type(self), ((), self._r)
        return type(self), (self._pool, self._r), tuple(self._indices)

    def __setstate__(self, state):
        r = self._r
        if not isinstance(state, tuple) or len(state) != r:
            raise ValueError('invalid arguments')
        n = len(self._pool)
        self._indices = [max(min(_ssize(k), i + n - r), 0) for i, k in enumerate(state)]


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): every choice of r items
    from iterable where an item may be chosen more than once, as tuples
    keeping the input order."""
    __glass_tpname__ = 'itertools.combinations_with_replacement'   # CPython's C type name, for messages

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _require(type(self).__name__, iterable, r)
        self._pool = tuple(iterable)
        self._r = _check_r(r, None)
        self._done = not self._pool and self._r > 0
        self._indices = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
            return tuple([pool[i] for i in self._indices])
        indices = self._indices
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        return tuple([pool[k] for k in indices])

    def __reduce__(self):
        if self._indices is None:
            return type(self), (self._pool, self._r)
        if self._done:
            return type(self), ((), self._r)
        return type(self), (self._pool, self._r), tuple(self._indices)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != self._r:
            raise ValueError('invalid arguments')
        n = len(self._pool)
        self._indices = [min(max(_ssize(k), 0), n - 1) for k in state]


class pairwise:
    """pairwise(iterable): yield (s0, s1), (s1, s2), ... from the items
    s0, s1, s2, ... of iterable."""
    __glass_tpname__ = 'itertools.pairwise'   # CPython's C type name, for messages

    def __init__(self, *args, **kwargs):
        iterable, = _exact_args('pairwise', args, kwargs, 1)
        self._it = iter(iterable)
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _MISSING:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        result = (self._old, new)
        self._old = new
        return result

    # CPython 3.11's pairwise cannot be pickled (nor copied by reduction).
    def __reduce_ex__(self, protocol):
        if protocol < 2:
            raise TypeError("cannot pickle 'pairwise' object")
        raise TypeError("cannot pickle 'itertools.pairwise' object")

    def __reduce__(self):
        raise TypeError("cannot pickle 'pairwise' object")
