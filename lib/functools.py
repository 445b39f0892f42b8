"""Higher-order functions and operations on callables (CPython 3.11's `functools`).

Implements reduce, partial, partialmethod, update_wrapper, wraps
(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES), lru_cache (maxsize, typed,
cache_info, cache_clear, cache_parameters, the bare @lru_cache form), cache,
cached_property, total_ordering, cmp_to_key, singledispatch (registration by
class, by annotation and by union annotation; dispatch along the MRO,
including ABCs that a class implements virtually) and singledispatchmethod.

Left out: thread safety (no locks are taken), the lru_cache wrapper is a
plain function rather than a `_lru_cache_wrapper` object (Glass cannot
build bound methods by hand), singledispatch does not report ambiguous
ABC dispatch as a RuntimeError, and `__class_getitem__` is absent.
"""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

_MappingProxy = type(type.__dict__)


# update_wrapper and wraps ------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copy the identity of wrapped onto wrapper and return wrapper.

    Each attribute named in assigned (default WRAPPER_ASSIGNMENTS:
    __module__, __name__, __qualname__, __doc__, __annotations__) that
    wrapped has is set on wrapper; each attribute named in updated
    (default WRAPPER_UPDATES: __dict__) of wrapper is updated from
    wrapped's.  Finally wrapper.__wrapped__ is set to wrapped."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Return a decorator that calls update_wrapper(decorated, wrapped,
    assigned, updated): the usual way to write a decorator's inner function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# reduce -------------------------------------------------------------------

_initial_missing = object()

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the iterable from the left with the two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c).  initial, when given, comes
    before the items and is the result for an empty iterable; without it
    an empty iterable is a TypeError."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# total_ordering -------------------------------------------------------------

# For each root operator a class may define, how to compute each missing
# one from r = root(self, other): (negate r?, then combine with equality:
# None, 'or_eq' -> `... or self == other`, 'and_ne' -> `... and self != other`).
_DERIVATIONS = {
    '__lt__': {'__gt__': (True, 'and_ne'), '__le__': (False, 'or_eq'),
               '__ge__': (True, None)},
    '__le__': {'__ge__': (True, 'or_eq'), '__lt__': (False, 'and_ne'),
               '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, 'and_ne'), '__ge__': (False, 'or_eq'),
               '__le__': (True, None)},
    '__ge__': {'__le__': (True, 'or_eq'), '__gt__': (False, 'and_ne'),
               '__lt__': (True, None)},
}

def _derived_operator(root, name, negate, combine):
    """Build operator `name` from the class's `root` operator."""
    def operator(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if combine == 'or_eq':
            return r or self == other
        if combine == 'and_ne':
            return r and self != other
        return r
    operator.__name__ = name
    sym = _SYMBOLS
    text = '(%sa %s b)' % ('not ' if negate else '', sym[root])
    if combine == 'or_eq':
        text += ' or (a == b)'
    elif combine == 'and_ne':
        text += ' and (a != b)'
    operator.__doc__ = ('Return a %s b.  Computed by @total_ordering from %s.'
                        % (sym[name], text))
    return operator

_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}

def total_ordering(cls):
    """Class decorator: given a class that defines __eq__ and one of __lt__,
    __le__, __gt__ or __ge__, add the other three ordering operators,
    derived from that one (preferring __lt__, then __le__, __gt__, __ge__
    when several are defined).  Operators the class defines are kept.
    A derived operator returns NotImplemented when the root one does.
    """
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, (negate, combine) in _DERIVATIONS[root].items():
        if name not in defined:
            method = _derived_operator(root, name, negate, combine)
            method.__qualname__ = '_%s_from_%s' % (name[2:4], root[2:4])
            setattr(cls, name, method)
    return cls


# cmp_to_key -------------------------------------------------------------------

class KeyWrapper:
    # Both the key function returned by cmp_to_key (obj unset) and the keys it
    # makes are KeyWrapper objects, as with CPython's C implementation.
    __glass_tpname__ = 'functools.KeyWrapper'   # CPython's C type name, for messages
    __slots__ = ('_cmp', 'obj')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    def __call__(self, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 1:
            raise TypeError('K() takes at most 1 argument (%d given)' % given)
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None

KeyWrapper.__module__ = 'functools'

_NO_CMP = object()

def cmp_to_key(mycmp=_NO_CMP):
    """Convert a cmp= function into a key= function."""
    if mycmp is _NO_CMP:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    return key


# partial and partialmethod -------------------------------------------------

class partial:
    """partial(func, /, *args, **keywords): a callable that calls func with
    args followed by the call's own positional arguments, and keywords
    updated by the call's own keyword arguments.  The parts are available as
    .func, .args and .keywords; a partial of a partial is flattened."""
    __glass_tpname__ = 'functools.partial'   # CPython's C type name, for messages

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, func=_initial_missing, /, *args, **keywords):
        if func is _initial_missing:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None,
                 self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds is not None else {}
        if namespace is not None:
            self.__dict__.update(namespace)


class partialmethod(object):
    """partialmethod(func, /, *args, **keywords): like partial, but as a
    class attribute it binds like a method, so self (or cls, for a
    classmethod) comes first, before args."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(x) for x in self.args]
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%r, %s)' % (type(self).__module__,
                                   type(self).__qualname__, self.func,
                                   ', '.join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# lru_cache --------------------------------------------------------------------

CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

class _HashedSeq(list):
    """A list that caches its hash; used as an lru_cache key."""
    __slots__ = ('hashvalue',)

    def __init__(self, tup):
        self.extend(tup)
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue

_kwd_mark = (object(),)
_fasttypes = (int, str)

def _make_key(args, kwds, typed):
    """Build a hashable cache key from a call's arguments."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return _HashedSeq(key)

def lru_cache(maxsize=128, typed=False):
    """Decorator caching the results of a function, keyed by its arguments.

    lru_cache(maxsize=128, typed=False) keeps at most maxsize results,
    dropping the least recently used; maxsize=None keeps everything and
    maxsize=0 caches nothing.  With typed=True arguments of different types
    (1 and 1.0) are cached separately.  Applied directly (@lru_cache) it
    uses the defaults.  Arguments must be hashable.  The wrapper has
    cache_info() (hits, misses, maxsize, currsize), cache_clear(),
    cache_parameters() and __wrapped__."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function

def _lru_cache_wrapper(user_function, maxsize, typed):
    """Build the caching wrapper; the dict's order is the recency order."""
    cache = {}
    stats = [0, 0]          # hits, misses
    sentinel = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, sentinel)
            if result is not sentinel:
                cache[key] = result           # now the most recent
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already stored this key.
                return result
            cache[key] = result
            while len(cache) > maxsize:
                del cache[next(iter(cache))]
            return result

    def cache_info():
        """Return the CacheInfo(hits, misses, maxsize, currsize) counters."""
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset the counters."""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper

def cache(user_function, /):
    """cache(func): lru_cache(maxsize=None)(func), an unbounded cache."""
    return lru_cache(maxsize=None)(user_function)


# singledispatch -----------------------------------------------------------------

def _find_impl(cls, registry):
    """Return the registry entry that best matches cls.

    Classes on cls's MRO rank by their position in it; a registered ABC that
    cls implements without inheriting it ranks right after the last class
    of the MRO that implements it.
    """
    mro = cls.__mro__
    best = None
    best_rank = None
    for typ in registry:
        if typ in mro:
            rank = mro.index(typ)
        else:
            try:
                if not issubclass(cls, typ):
                    continue
            except TypeError:
                continue
            rank = 0
            for i, base in enumerate(mro):
                try:
                    if issubclass(base, typ):
                        rank = i
                except TypeError:
                    pass
            rank += 0.5
        if best_rank is None or rank < best_rank:
            best, best_rank = typ, rank
    if best is None:
        return None
    return registry[best]

def _is_union_type(cls):
    return type(cls) is type(int | str)

def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(a, type) for a in cls.__args__)

def singledispatch(func):
    """Make func a generic function dispatching on the class of its first
    argument.  func is the fallback (registered for object); add other
    implementations with func.register(cls).  The class of the argument is
    matched along its MRO, and against ABCs it implements; the wrapper
    carries register, dispatch and registry (a read-only mapping)."""
    registry = {}
    dispatch_cache = {}
    token = [None]

    def dispatch(cls):
        """dispatch(cls) -> the implementation that a call whose first
        argument is of class cls would run."""
        current = _abc_token()
        if token[0] != current:
            dispatch_cache.clear()
            token[0] = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func=None) -> func

        Add func as the implementation for cls (a class or a union of
        classes).  register(cls) returns a decorator; register(func) takes the
        class from the annotation of func's first parameter."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            ann = getattr(cls, '__annotations__', None)
            if ann is None and isinstance(cls, (classmethod, staticmethod)):
                # (Glass's classmethod/staticmethod do not forward
                # __annotations__ from the function they wrap.)
                ann = getattr(cls.__func__, '__annotations__', None)
            if not ann:
                raise TypeError('Invalid first argument to `register()`: %r. '
                                'Use either `@register(some_class)` or plain '
                                '`@register` on an annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError('Invalid annotation for %r. %r not all '
                                    'arguments are classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper

def _abc_token():
    """The abc module's cache token, or None when abc is not loaded."""
    import sys
    abc = sys.modules.get('abc')
    if abc is None:
        return None
    return abc.get_cache_token()


class singledispatchmethod:
    """singledispatchmethod(func): like singledispatch, for methods: the
    dispatch is on the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """register(cls, func=None) -> func, as for singledispatch."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# cached_property ------------------------------------------------------------------

_NOT_FOUND = object()

class cached_property:
    """cached_property(func): a property computed by func on first access
    and then stored in the instance's __dict__ under the same name, so later
    reads find it there (and deleting it makes the next read recompute it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two '
                            'different names (%r and %r).'
                            % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache "
                            "%r property." % (type(instance).__name__,
                                              self.attrname)) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does "
                                "not support item assignment for caching %r "
                                "property." % (type(instance).__name__,
                                               self.attrname)) from None
        return val
