"""Weak references and the containers built on them (CPython 3.11's `weakref`).

Implements: ref / ReferenceType, proxy, ProxyType, CallableProxyType, ProxyTypes,
getweakrefcount and getweakrefs (re-exported from the C module `_weakref`);
WeakMethod; KeyedRef; WeakValueDictionary; WeakKeyDictionary; WeakSet; finalize.

The containers are safe to iterate while their referents die (a weakref callback
or a collection during the loop): removals found during an iteration are queued
and applied when the last iteration over the container ends.

finalize objects whose `atexit` attribute is true are called when the
interpreter exits; the exit hook is registered with the `atexit` module the first
time a finalize object is created (if `atexit` cannot be imported then, the hook
is registered at the next creation that can import it).

The containers implement their methods themselves and are registered as
collections.abc.MutableMapping / MutableSet when those ABCs can be imported.

Left out: the dictionaries are not real MutableMapping subclasses (their __mro__
differs from CPython's), WeakSet lives here rather than in `_weakrefset`, and the
iteration guard is not thread-safe (Glass has no threads).
"""

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
)

ProxyTypes = (ProxyType, CallableProxyType)

# types.GenericAlias, for WeakSet[int] and friends.
_GenericAlias = type(list[int])

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _bind(meth_type, func, obj):
    """Rebuild a bound method from its function and instance."""
    try:
        return meth_type(func, obj)
    except TypeError:
        # Glass cannot call the method type directly yet: bind through the
        # descriptor protocol, which gives the same bound method for functions.
        return func.__get__(obj, type(obj))


class WeakMethod(ref):
    """A weak reference to a bound method.

    Holds the instance (__self__) and the function (__func__) weakly, so the
    reference dies as soon as either dies. Calling it returns a new bound method,
    or None once dead. Two live WeakMethods are equal when their instances and
    functions are; a dead one equals only itself. The callback, if given, is
    called once with this WeakMethod when it dies.
    """

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # Called when either the instance or the function dies.
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        # ref.__init__ would re-check (obj, callback): everything is done in __new__.
        pass

    def __call__(self):
        """Return a new bound method, or None if the instance or function died."""
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return _bind(self._meth_type, func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also remembers a key (WeakValueDictionary's entries).

    The callback receives the KeyedRef, whose `key` attribute says which entry
    to remove.
    """

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _Guarded:
    """Shared machinery of the three containers: a count of iterations in
    progress and the removals queued while it is not zero."""

    def _enter(self):
        self._iterating += 1

    def _leave(self):
        self._iterating -= 1
        if self._iterating == 0 and self._pending_removals:
            self._commit_removals()


def _guarded_iter(container, source, pick):
    """Yield pick(item) for each item of source that is not None, with the
    container's removals deferred until the iteration ends or is abandoned."""
    container._enter()
    try:
        for item in source:
            value = pick(item)
            if value is not None:
                yield value
    finally:
        container._leave()


class WeakValueDictionary(_Guarded):
    """A mapping whose values are held weakly: an entry disappears when its
    value dies. Keys are held strongly and must be hashable; values must be
    weakly referenceable."""

    __class_getitem__ = classmethod(_GenericAlias)
    __reversed__ = None   # a mapping, not a sequence

    def __init__(self, other=(), /, **kw):
        selfref = ref(self)

        def remove(wr):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    # The key may meanwhile hold a new, live value.
                    _remove_dead_weakref(self.data, wr.key)

        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            _remove_dead_weakref(d, pending.pop())

    def __getitem__(self, key):
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, key):
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __eq__(self, other):
        if not hasattr(other, "items") or not hasattr(other, "keys"):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def copy(self):
        """Return a new WeakValueDictionary with the same live entries."""
        new = self.__class__()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        """Return the value for key if it is alive, else default."""
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        """Iterate over the (key, value) pairs whose value is alive."""
        def pick(item):
            o = item[1]()
            return None if o is None else (item[0], o)
        return _guarded_iter(self, self.data.items(), pick)

    def keys(self):
        """Iterate over the keys whose value is alive."""
        def pick(item):
            # A key may be None itself: wrap it so None means "skip".
            return None if item[1]() is None else (item[0],)
        return (k[0] for k in _guarded_iter(self, self.data.items(), pick))

    __iter__ = keys

    def values(self):
        """Iterate over the live values."""
        return _guarded_iter(self, self.data.values(), lambda wr: wr())

    def itervaluerefs(self):
        """Iterate over the weak references to the values (some may be dead)."""
        return _guarded_iter(self, self.data.values(), lambda wr: wr)

    def valuerefs(self):
        """Return a list of the weak references to the values."""
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        return list(self.data.values())

    def popitem(self):
        """Remove and return a (key, value) pair whose value is alive."""
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        """Remove key and return its live value (or the default, else KeyError)."""
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        """Return the live value for key, else store default and return it."""
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        """Store every pair of other (a mapping or iterable of pairs) and kwargs."""
        if self._pending_removals and not self._iterating:
            self._commit_removals()
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        """Remove every entry."""
        self.data.clear()
        self._pending_removals.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "items") and hasattr(other, "keys"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "items") and hasattr(other, "keys"):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakKeyDictionary(_Guarded):
    """A mapping whose keys are held weakly: an entry disappears when its key
    dies. Keys must be hashable and weakly referenceable; values are held
    strongly."""

    __class_getitem__ = classmethod(_GenericAlias)
    __reversed__ = None   # a mapping, not a sequence

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass

        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            try:
                del d[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        # Forget queued removals whose entry is already gone (popitem, clear).
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._pending_removals:
            if self._iterating:
                self._scrub_removals()
            else:
                self._commit_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __eq__(self, other):
        if not hasattr(other, "items") or not hasattr(other, "keys"):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def copy(self):
        """Return a new WeakKeyDictionary with the same live entries."""
        new = self.__class__()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        """Return the value for key, or default."""
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        """Iterate over the (key, value) pairs whose key is alive."""
        def pick(item):
            k = item[0]()
            return None if k is None else (k, item[1])
        return _guarded_iter(self, self.data.items(), pick)

    def keys(self):
        """Iterate over the live keys."""
        return _guarded_iter(self, self.data, lambda wr: wr())

    __iter__ = keys

    def values(self):
        """Iterate over the values whose key is alive."""
        def pick(item):
            return None if item[0]() is None else (item[1],)
        return (v[0] for v in _guarded_iter(self, self.data.items(), pick))

    def keyrefs(self):
        """Return a list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        """Remove and return a (key, value) pair whose key is alive."""
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        """Remove key and return its value (or the default, else KeyError)."""
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        """Return the value for key, else store default and return it."""
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        """Store every pair of dict (a mapping or iterable of pairs) and kwargs."""
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        """Remove every entry."""
        self.data.clear()
        self._pending_removals.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "items") and hasattr(other, "keys"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "items") and hasattr(other, "keys"):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakSet(_Guarded):
    """A set whose elements are held weakly: an element disappears when it
    dies. Elements must be hashable and weakly referenceable."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)

        def remove(item):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)

        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def __iter__(self):
        return _guarded_iter(self, self.data, lambda wr: wr())

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, "__dict__", None))

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        """Add an element."""
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        """Remove every element."""
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        """Return a new WeakSet with the same live elements."""
        return self.__class__(self)

    __copy__ = copy

    def pop(self):
        """Remove and return an arbitrary live element (KeyError if none)."""
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        """Remove an element; KeyError if it is not present."""
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        """Remove an element if it is present."""
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        """Add every element of the iterable other."""
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        """Return a new WeakSet of the elements not in other."""
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        """Remove every element of other."""
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        """Return a new WeakSet of the elements also in other."""
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        """Keep only the elements also in other."""
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        """True if every element is in other."""
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        """True if every element of other is in this set."""
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        """Return a new WeakSet of the elements in exactly one of the two."""
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        """Keep the elements in exactly one of this set and other."""
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        """Return a new WeakSet of the elements of both."""
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        """True if no element is in other."""
        return len(self.intersection(other)) == 0


class _FinalizeInfo:
    """What a live finalize object will call (kept in finalize._registry)."""
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Call func(*args, **kwargs) once obj is garbage collected (or when the
    finalize object is called, or at interpreter exit if `atexit` is true).

    It runs at most once. `alive` tells whether it is still pending; `detach()`
    cancels it and returns (obj, func, args, kwargs); `peek()` returns the same
    without cancelling. At exit the pending finalizers whose `atexit` is true run,
    newest first.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index = 0
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            try:
                import atexit
            except ImportError:
                pass
            else:
                atexit.register(finalize._exitfunc)
                finalize._registered_with_atexit = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive, mark dead and return func(*args, **kwargs); else None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, mark dead and return (obj, func, args, kwargs); else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive, return (obj, func, args, kwargs); else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is still pending."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at interpreter exit if still alive."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The pending finalizers marked atexit, newest first.
        pending = [(info.index, f) for (f, info) in cls._registry.items() if info.atexit]
        pending.sort(key=lambda pair: pair[0], reverse=True)
        return [f for (_, f) in pending]

    @classmethod
    def _exitfunc(cls):
        # Run at interpreter exit (registered with atexit): call the pending
        # atexit finalizers, newest first, including any created meanwhile.
        try:
            if cls._registry:
                import gc
                reenable_gc = gc.isenabled()
                gc.disable()   # no collection may run a finalizer behind our back
                try:
                    pending = None
                    while True:
                        if pending is None or finalize._dirty:
                            pending = cls._select_for_exit()
                            finalize._dirty = False
                        if not pending:
                            break
                        f = pending.pop(0)
                        try:
                            f()
                        except Exception:
                            import sys
                            sys.excepthook(*sys.exc_info())
                        assert f not in cls._registry
                finally:
                    if reenable_gc:
                        gc.enable()
        finally:
            # Finalizers still registered (atexit false) never run from now on.
            finalize._shutdown = True


def _register_abcs():
    # The containers are mappings and sets for isinstance() (CPython makes the
    # dictionaries MutableMapping subclasses; registering is enough here).
    try:
        from _collections_abc import MutableMapping, MutableSet
        MutableMapping.register(WeakValueDictionary)
        MutableMapping.register(WeakKeyDictionary)
        MutableSet.register(WeakSet)
    except Exception:
        pass   # no ABCs available: the containers still work


_register_abcs()
del _register_abcs
