"""Support for the reduction protocol used by copy and pickle.

Implements the documented API of CPython's copyreg: the `dispatch_table` of
reduction functions registered with `pickle()`, `constructor()`, the
reconstructors `__newobj__` / `__newobj_ex__` that `object.__reduce_ex__` names,
`_reconstructor` (protocol 0/1 reductions), `_slotnames`, and the extension-code
registry (`add_extension`, `remove_extension`, `clear_extension_cache`).
the pickle module uses them; copy uses this one.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function for ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked; it is not recorded anywhere.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Declare object to be a valid constructor (it must be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    """Create an instance without calling __init__ (protocol 2 reductions)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments for __new__ (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuild an object reduced with protocol 0 or 1."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_builtin_new_type = type(int.__new__)


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1: (_reconstructor, (cls, base,
    state)[, dict]) where base is the nearest built-in base of cls (its value is
    copied into state) or object."""
    assert proto < 2
    cls = self.__class__
    base = object
    for klass in cls.__mro__:
        if hasattr(klass, "__flags__") and not klass.__flags__ & _HEAPTYPE:
            base = klass
            break
        new = klass.__new__
        if isinstance(new, _builtin_new_type) and new.__self__ is klass:
            base = klass
            break
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that "
                            f"defines __slots__ without defining __getstate__ cannot "
                            f"be pickled with protocol {proto}") from None
        try:
            state_dict = self.__dict__
        except AttributeError:
            state_dict = None
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        state_dict = getstate()
    if state_dict:
        return _reconstructor, args, state_dict
    return _reconstructor, args


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (mangled, without
    __dict__ and __weakref__), cached in cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            name = "_%s%s" % (stripped, name)
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# The extension-code registry (shared by all picklers).
_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def add_extension(module, name, code):
    """Register an extension code for the object module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    """Forget the objects looked up through extension codes."""
    _extension_cache.clear()
