"""Shallow and deep copy operations (CPython 3.11's `copy`).

copy(x) makes a new object of x's type holding the same contents (the
same inner objects); deepcopy(x) copies the whole graph, keeping objects
that are shared within it shared once in the copy and reproducing cycles,
through a memo dict from id(original) to copy.

The rules, in order: atoms (None, numbers, str, bytes, types, functions,
ranges, weak references, ...) are returned as they are, and so are tuples
and frozensets for copy(), and tuples whose items deep-copy to themselves
for deepcopy(); list, dict, set and bytearray are copied directly; a
class's __copy__() / __deepcopy__(memo) is used when defined; a type in
copyreg.dispatch_table (when copyreg is loaded) uses its reducer; else the
object's __reduce_ex__(4) protocol rebuilds it.  For instances whose class
does not override __reduce_ex__ or __reduce__ that protocol is carried out
here: cls.__new__(cls, *__getnewargs__()) -- no __init__ call -- then the
__getstate__() state (the __dict__ and the slot values) is restored with
__setstate__ or by updating __dict__ and setting the slots, and list and
dict subclasses get their items back.

Left out: nothing of the public API (copy, deepcopy, Error, error).
"""

import sys as _sys

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    """Raised for objects that cannot be copied."""

error = Error


def _function():
    pass

class _Probe:
    def method(self):
        pass
_MethodType = type(_Probe().method)
del _Probe

# Types whose instances are immutable atoms for both copy() and deepcopy().
_atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(_function), type(len), type(Ellipsis), type(NotImplemented),
           property, type(_function.__code__)}
try:
    from _weakref import ref as _weakref_ref
    _atomic.add(_weakref_ref)
except ImportError:
    pass
del _function


def _dispatch_table():
    copyreg = _sys.modules.get('copyreg')
    return getattr(copyreg, 'dispatch_table', None) or {}


def _newobj(cls, *args):
    """Create an instance without calling __init__ (the protocol's
    __newobj__)."""
    return cls.__new__(cls, *args)

def _newobj_ex(cls, args, kwargs):
    """Like _newobj, with keyword arguments (__newobj_ex__)."""
    return cls.__new__(cls, *args, **kwargs)


def _object_reduce(x):
    """Do what object.__reduce_ex__(4) does for an instance of a class
    that overrides neither __reduce_ex__ nor __reduce__."""
    cls = type(x)
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func, fargs = _newobj_ex, (cls, tuple(args), dict(kwargs))
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        args = tuple(getnewargs()) if getnewargs is not None else ()
        func, fargs = _newobj, (cls,) + args
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return func, fargs, state, listitems, dictitems


def _reduce(x, cls):
    """The reduction tuple of x, or a string for a global, or raise."""
    reductor = _dispatch_table().get(cls)
    if reductor is not None:
        return reductor(x)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    reduce = getattr(cls, '__reduce__', None)
    if reduce_ex is object.__reduce_ex__ and reduce is object.__reduce__:
        if cls.__module__ != 'builtins':
            return _object_reduce(x)
        # A built-in type: object.__reduce_ex__ knows whether it has hidden
        # state ("cannot pickle 'generator' object"); it may need copyreg.
        try:
            return x.__reduce_ex__(4)
        except ImportError:
            return _object_reduce(x)
    if reduce_ex is not None:
        return x.__reduce_ex__(4)
    if reduce is not None:
        return x.__reduce__()
    raise Error('un(deep)copyable object of type %s' % cls)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    The result is a new object of the same type whose contents are the
    same objects as x's; atoms, tuples and frozensets are returned as they
    are.  A class can control this by defining __copy__().
    """
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    if cls is _MethodType:
        # CPython reduces a bound method to getattr(self, name).
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    Copies x and, recursively, everything it contains.  memo maps id() of
    already-copied objects to their copies, so shared sub-objects stay
    shared in the result and cycles are reproduced.  A class can control
    this by defining __deepcopy__(memo).
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _atomic:
        y = x
    else:
        copier = _deepcopy_dispatch.get(cls)
        if copier is not None:
            y = copier(x, memo)
        elif issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y

def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A cycle through a mutable item may already have copied x.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, y):
        if a is not b:
            return tuple(y)
    return x

def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y

def _deepcopy_set(x, memo):
    return type(x)(deepcopy(list(x), memo))

def _deepcopy_bytearray(x, memo):
    return bytearray(x)

def _deepcopy_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo),
                 deepcopy(x.step, memo))

def _deepcopy_method(x, memo):
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)

_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
    slice: _deepcopy_slice,
    _MethodType: _deepcopy_method,
}


def _keep_alive(x, memo):
    """Keep x alive as long as memo: memo is keyed by id(), and an id is
    only unique while its object lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    """Rebuild an object from its reduction: func(*args), then the state,
    then the list items and dict items; deep when memo is not None."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
