"""types - names for the built-in types of the interpreter, and dynamic class creation.

Implements: the type names (FunctionType, LambdaType, CodeType, MappingProxyType,
SimpleNamespace, GeneratorType, MethodType, BuiltinFunctionType, BuiltinMethodType,
ModuleType, TracebackType, FrameType, NoneType, NotImplementedType, EllipsisType,
GenericAlias, UnionType, and the others Glass has), new_class, prepare_class,
resolve_bases, DynamicClassAttribute, CoroutineType, AsyncGeneratorType and coroutine.
Difference: code objects cannot be replaced in Glass, so coroutine() wraps a generator
function and returns its generators inside an awaitable wrapper (CPython instead sets
CO_ITERABLE_COROUTINE on the code); types Glass lacks are left undefined.
"""

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(_sys.implementation)


def _g():
    yield 1


GeneratorType = type(_g())

async def _c():
    pass

_c = _c()
CoroutineType = type(_c)
_c.close()  # no "never awaited" warning


async def _ag():
    yield

AsyncGeneratorType = type(_ag())
del _ag


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = type(list[int])
UnionType = type(int | str)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    _e = None

try:
    GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
except Exception:
    pass
try:
    MemberDescriptorType = type(FunctionType.__dict__['__globals__'])
except Exception:
    pass
try:
    def _cellmaker():
        a = 1

        def inner():
            return a
        return inner
    CellType = type(_cellmaker().__closure__[0])
except Exception:
    pass

def resolve_bases(bases):
    """Return bases with each non-class that has __mro_entries__ replaced (PEP 560).

    Such a base is replaced by the items of the tuple its __mro_entries__(bases)
    returns; when nothing is replaced the very same tuple comes back."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Choose the metaclass for a class statement and call its __prepare__.

    Returns (metaclass, namespace, kwds): the winning metaclass, the namespace it
    prepared, and a copy of kwds without its 'metaclass' entry."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would, from name, bases and keywords.

    exec_body, when given, is called with the prepared namespace to fill it."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """A property for instances that is invisible on the class.

    Reading it on an instance calls fget; reading it on the class raises
    AttributeError, so that the metaclass's __getattr__ gets a chance."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _AwaitableGenerator:
    """A generator made usable in `await`: iterates the generator it wraps."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__

    gi_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = property(lambda self: self.__wrapped.gi_running)
    gi_code = property(lambda self: self.__wrapped.gi_code)
    gi_yieldfrom = property(lambda self: self.__wrapped.gi_yieldfrom)
    cr_frame, cr_running, cr_code, cr_await = gi_frame, gi_running, gi_code, gi_yieldfrom


def coroutine(func):
    """Make a generator function usable as a coroutine function (its generators can be
    awaited)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if isinstance(func, FunctionType) and code.co_flags & 0x180:
        return func  # already a coroutine function

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (CoroutineType, _AwaitableGenerator)):
            return result
        if isinstance(result, GeneratorType) or (
                hasattr(result, '__next__') and hasattr(result, 'send')
                and not hasattr(result, '__await__')):
            return _AwaitableGenerator(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


del _f, _g, _C, _c
