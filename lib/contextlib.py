"""contextlib - utilities for with-statement contexts.

Implements: contextmanager (generator-based context managers, usable as decorators),
closing, suppress, nullcontext, redirect_stdout, redirect_stderr, chdir (when `os`
exists), ExitStack (enter_context, push, callback, pop_all, close, with CPython's
exception chaining while unwinding), ContextDecorator and AbstractContextManager.
Leaves out: the async variants (asynccontextmanager, AsyncExitStack, aclosing,
AsyncContextDecorator, AbstractAsyncContextManager): Glass has no async syntax yet.
"""

import sys

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


def _wraps(wrapped):
    # functools.wraps without functools: copy the naming attributes.
    def deco(wrapper):
        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(wrapper, name, getattr(wrapped, name))
            except AttributeError:
                pass
        try:
            wrapper.__dict__.update(wrapped.__dict__)
        except AttributeError:
            pass
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco


try:
    import abc as _abc
    _ABCBase = _abc.ABC
    _abstract = _abc.abstractmethod
except Exception:
    _abc = None
    _ABCBase = object

    def _abstract(f):
        return f


class AbstractContextManager(_ABCBase):
    """Base class for context managers: __enter__ returns self, __exit__ is abstract.

    Any class that defines both __enter__ and __exit__ counts as a subclass
    (through __subclasshook__) when the `abc` module is available."""

    __class_getitem__ = classmethod(lambda cls, item: _GenericAlias(cls, item))

    __slots__ = ()

    def __enter__(self):
        """Return self."""
        return self

    @_abstract
    def __exit__(self, exc_type, exc_value, traceback):
        """Return None, so that an exception from the with block propagates."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            for name in ('__enter__', '__exit__'):
                for B in C.__mro__:
                    if name in B.__dict__:
                        if B.__dict__[name] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True
        return NotImplemented


_GenericAlias = type(list[int])


class ContextDecorator(object):
    """Mixin that lets a context manager decorate functions.

    The decorated function runs inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        """Return the context manager to use for one call (self by default)."""
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager that @contextmanager returns for one call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept so that a decorated function can make a fresh one per call.
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Normal exit: the generator must finish at its next step.
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as raised:
            return self._after_throw(raised, value, traceback)
        # The generator caught the exception and yielded again.
        raise RuntimeError("generator didn't stop after throw()")

    def _after_throw(self, raised, value, traceback):
        # raised came out of gen.throw(value).  Returning True suppresses value;
        # returning False lets the with statement re-raise value itself.
        if raised is value:
            raised.__traceback__ = traceback
            return False
        if isinstance(raised, StopIteration):
            # The generator returned: the exception was swallowed by it.
            return True
        if isinstance(raised, RuntimeError) and isinstance(value, StopIteration) \
                and raised.__cause__ is value:
            # PEP 479 turned the StopIteration we threw into a RuntimeError.
            value.__traceback__ = traceback
            return False
        raise raised


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()

    The generator must yield exactly once: the value it yields is what `as`
    binds, and an exception raised in the with block is thrown in at the yield
    (catching it there suppresses it)."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager that calls thing.close() on exit; `as` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager that sets sys.stdout to new_target inside the with block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager that sets sys.stderr to new_target inside the with block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that swallows the given exception types.

    When one is raised in the with block, execution continues after the with
    statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """Context manager that does nothing; `as` binds enter_result.

    A stand-in where a context manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Context manager that changes the working directory for the with block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class ExitStack(AbstractContextManager):
    """A context manager holding a stack of exit callbacks, run last-in first-out.

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]

    closes every file that was opened, even when a later open() fails.  An
    exception raised by one callback is seen by the callbacks below it, with
    __context__ chaining as nested with statements would give."""

    def __init__(self):
        # Callables taking (exc_type, exc, tb), run from the end of the list.
        self._exit_callbacks = []

    def pop_all(self):
        """Move all callbacks to a new ExitStack and return it (self is left empty)."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add a callback taking (exc_type, exc, tb), like __exit__; return it.

        A true result suppresses the exception.  An object whose type has
        __exit__ is registered through that method."""
        method = getattr(type(exit), '__exit__', None)
        if method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bound_exit(exit, method))
        return exit

    def enter_context(self, cm):
        """Enter cm, register its __exit__, and return what __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._exit_callbacks.append(_bound_exit(cm, _exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; return callback.

        Such a callback cannot suppress exceptions."""
        def call_ignoring_exc(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exc.__wrapped__ = callback
        self._exit_callbacks.append(call_ignoring_exc)
        return callback

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        received = exc_type is not None
        # The exception the with statement is handling (or an enclosing one); a
        # callback that raises gets it as __context__, which is relinked below.
        handled = sys.exc_info()[1]
        in_flight = exc_value if received else None
        args = (exc_type, exc_value, exc_tb)
        suppressed = False
        raising = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*args):
                    suppressed = True
                    raising = False
                    in_flight = None
                    args = (None, None, None)
            except BaseException as new:
                _relink_context(new, in_flight, handled)
                raising = True
                in_flight = new
                args = (type(new), new, new.__traceback__)
        if raising:
            # raise sets __context__ again from the handled exception: keep ours.
            ctx = in_flight.__context__
            try:
                raise in_flight
            finally:
                in_flight.__context__ = ctx
        return received and suppressed

    def close(self):
        """Run and remove all callbacks now."""
        self.__exit__(None, None, None)


def _bound_exit(cm, method):
    # cm's __exit__ bound to cm (types.MethodType cannot be called in Glass).
    def exit_of_cm(exc_type, exc, tb):
        return method(cm, exc_type, exc, tb)
    exit_of_cm.__self__ = cm
    return exit_of_cm


def _relink_context(new, previous, handled):
    # Walk new's __context__ chain; where it reaches `handled` (the exception
    # that was current when ExitStack.__exit__ started), link `previous` instead,
    # so each callback's exception chains to the one raised before it.
    exc = new
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is handled:
            exc.__context__ = previous
            return
        exc = ctx
