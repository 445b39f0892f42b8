"""Abstract Base Classes (CPython 3.11's `abc`, PEP 3119).

Implements ABCMeta (abstract method collection into __abstractmethods__,
register() with a per-class registry of weak references, __instancecheck__
and __subclasscheck__ with positive and negative caches invalidated by a
global cache token, __subclasshook__ support), ABC, abstractmethod,
abstractclassmethod, abstractstaticmethod, abstractproperty,
get_cache_token and update_abstractmethods.  Instantiating a class with
abstract methods raises CPython 3.11's TypeError wording.

Left out: _dump_registry's exact output format; the C accelerator `_abc`
(Glass's small `_abcflags` sets the sequence/mapping flags that pattern
matching reads, from __abc_tpflags__ and register()).
"""

from _weakref import ref as _ref
import _abcflags

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark funcobj as abstract (sets funcobj.__isabstractmethod__ = True)
    and return it.

    A class whose metaclass is ABCMeta cannot be instantiated while any
    abstract method it inherits or defines is not overridden.  Put it
    innermost when combined with property, classmethod or staticmethod."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated form of classmethod(abstractmethod(f))."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated form of staticmethod(abstractmethod(f))."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated form of property(abstractmethod(f))."""

    __isabstractmethod__ = True


_invalidation_counter = [0]

def get_cache_token():
    """Return a value that changes whenever register() is called on any ABC.

    Code that caches isinstance/issubclass results against ABCs compares
    tokens to know when its cache is stale."""
    return _invalidation_counter[0]


class _WeakClassSet:
    """A set of classes held through weak references."""

    __slots__ = ('data', '_remover', '__weakref__')

    def __init__(self):
        self.data = set()
        selfref = _ref(self)
        def remove(item, selfref=selfref):
            owner = selfref()
            if owner is not None:
                owner.data.discard(item)
        self._remover = remove

    def add(self, cls):
        self.data.add(_ref(cls, self._remover))

    def __contains__(self, cls):
        try:
            return _ref(cls) in self.data
        except TypeError:
            return False

    def __iter__(self):
        for r in list(self.data):
            cls = r()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self.data)

    def clear(self):
        self.data.clear()


def _compute_abstracts(cls, namespace_items):
    abstracts = set()
    for name, value in namespace_items:
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class created by ABCMeta records its abstract methods in
    __abstractmethods__ and cannot be instantiated while that set is not
    empty.  Besides real subclasses, isinstance() and issubclass() accept
    classes named with register() ("virtual subclasses", which do not get
    the ABC in their MRO or its methods) and whatever the class's
    __subclasshook__ accepts."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_registry = _WeakClassSet()
        cls._abc_cache = _WeakClassSet()
        cls._abc_negative_cache = _WeakClassSet()
        cls._abc_negative_cache_version = _invalidation_counter[0]
        _abcflags.init(cls)  # __abc_tpflags__: the pattern-matching flags
        return cls

    def __call__(cls, *args, **kwargs):
        # object.__new__ refuses abstract classes too, but Glass words the
        # message as 3.12 does (quoted names); raise 3.11's wording first.
        abstracts = cls.__abstractmethods__
        if abstracts and cls.__new__ is object.__new__:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract "
                            "method%s %s" % (cls.__name__,
                                             's' if len(names) > 1 else '',
                                             ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it (so this
        can decorate a class)."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        _invalidation_counter[0] += 1
        _abcflags.register(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls) for an ABC."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter[0]
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls) for an ABC: the hook, then the MRO, the
        registry and the subclasses, with caching."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter[0]:
            cls._abc_negative_cache = _WeakClassSet()
            cls._abc_negative_cache_version = _invalidation_counter[0]
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache'):
            print('%s: %r' % (name, set(getattr(cls, name))), file=file)
        print('_abc_negative_cache_version: %r'
              % cls._abc_negative_cache_version, file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or
    removed from cls after its creation (by a class decorator, say), and
    return cls.  Does nothing to a class that is not abstract-aware."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """A convenience base class: subclassing ABC gives a class ABCMeta as
    its metaclass."""
    __slots__ = ()
