"""_thread - low-level thread primitives for an interpreter without threads (Glass).

Glass has no OS threads: its interpreter state is global.  In the spirit of the
_dummy_thread module CPython shipped for thread-less builds, a "thread" here runs
to completion inside the call that starts it:

- start_new_thread(f, args) runs f(*args) at once in the caller's C stack, under a
  new thread identity (get_ident()/get_native_id() give distinct values while it
  runs), without the caller's trace/profile functions, and in a fresh
  contextvars context; then returns the new ident.  An uncaught exception is
  reported on stderr as CPython's sys.unraisablehook does ("Exception ignored in
  thread started by: <function ...>" and the traceback); SystemExit ends the
  thread silently.  KeyboardInterrupt (Ctrl-C) propagates to the starter.
- Nothing else can run while a thread waits, so a blocking wait that nothing
  already scheduled can end (acquiring a held lock, Condition.wait, ...) raises
  RuntimeError("... would block forever: Glass runs threads one after another
  ... (deadlock)") instead of hanging.  With a timeout the wait sleeps for the
  timeout and fails, as CPython's would.
- threading.Timer schedules its thread for later (_start_later): such threads run
  when some thread blocks in one of these waits (in order of due time, sleeping
  until it comes) or at exit (threading._shutdown).

Implements: start_new_thread/start_new, allocate_lock/allocate, LockType (lock),
RLock, get_ident, get_native_id, _local, exit/exit_thread, interrupt_main,
stack_size, TIMEOUT_MAX, error, _count, _set_sentinel, _excepthook,
_ExceptHookArgs.  The helpers _wait, _start_later, _run_pending and
_unchain are Glass's own, for threading and queue.
"""

import sys as _sys
import time as _time
import posix as _posix
from _weakref import ref as _wref

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

# Thread identities.  _running is the stack of running threads, innermost last:
# [ident, native id, handled exception outside it, sentinel locks, locals touched].
_pid = _posix.getpid()
_MAIN_IDENT = 0x7f0000000000 + ((_pid & 0xffff) << 20)
_running = [[_MAIN_IDENT, _pid, None, [], []]]
_serial = 0             # threads made so far (idents and native ids derive from it)
_stack_size = 0
_interrupt = False      # interrupt_main() called from a thread: raise in main later


def _new_identity():
    global _serial
    _serial += 1
    return _MAIN_IDENT + _serial * 0x801000, _pid + _serial


def get_ident():
    """Return a non-zero integer identifying the running thread."""
    return _running[-1][0]


def get_native_id():
    """Return the native integral thread ID of the running thread."""
    return _running[-1][1]


def _deadlock(what, exc=RuntimeError):
    return exc('%s would block forever: Glass runs threads one after another, so no '
               'other thread can run while this one waits (deadlock)' % what)


# ---- threads scheduled for later (threading.Timer) -------------------------------

class _Pending:
    """A thread waiting for its time: due is a time.monotonic() value."""
    __slots__ = ('due', 'func', 'args', 'kwargs', 'ident', 'native_id', 'daemon')


_pending = []


def _start_later(delay, function, args, kwargs=None, daemon=False):
    """Schedule function(*args, **kwargs) to run as a new thread once delay
    seconds have passed and some thread waits (or at exit).  Returns the record,
    whose due time the caller may move (Timer.cancel) and whose ident and
    native_id the thread will have."""
    p = _Pending()
    p.due = _time.monotonic() + max(delay, 0)
    p.func, p.args, p.kwargs, p.daemon = function, args, kwargs or {}, daemon
    p.ident, p.native_id = _new_identity()
    _pending.append(p)
    return p


def _next_pending(deadline):
    best = None
    for p in _pending:
        if (deadline is None or p.due <= deadline) and (best is None or p.due < best.due):
            best = p
    return best


def _run_one(p):
    _pending.remove(p)
    rest = p.due - _time.monotonic()
    if rest > 0:
        _time.sleep(rest)
    _run_thread(p.ident, p.native_id, p.func, p.args, p.kwargs)


def _run_pending(daemons=False):
    """Run every scheduled thread in order of due time (at exit: not the daemon
    ones, which CPython would not wait for)."""
    while True:
        todo = [p for p in _pending if daemons or not p.daemon]
        if not todo:
            return
        _run_one(min(todo, key=lambda p: p.due))


def _wait(ready, timeout, what, exc=RuntimeError):
    """Block until ready() is true, for at most timeout seconds (None: no limit).

    While blocked, the scheduled threads due first run (they are what would run
    in CPython meanwhile).  Returns ready()'s last value: false after sleeping
    out the timeout.  Without a timeout, when nothing is left that could make
    ready() true, raises exc with the deadlock message naming `what`."""
    r = ready()
    if r:
        return r
    deadline = None if timeout is None else _time.monotonic() + timeout
    while True:
        p = _next_pending(deadline)
        if p is None:
            break
        _run_one(p)
        r = ready()
        if r:
            return r
    if deadline is None:
        raise _deadlock(what, exc)
    rest = deadline - _time.monotonic()
    if rest > 0:
        _time.sleep(rest)
    return ready()


# ---- running a thread ----------------------------------------------------------

def _unchain(exc):
    """Cut exc's implicit context where it reaches the exception the starter of
    the running thread was handling: a CPython thread starts with none."""
    outer = _running[-1][2]
    if outer is None:
        return
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if exc.__context__ is outer:
            exc.__context__ = None
            return
        exc = exc.__context__


def _report_unraisable(function, exc):
    f = _sys.stderr
    if f is None:
        return
    try:
        import traceback
        f.write('Exception ignored in thread started by: %r\n' % (function,))
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=f)
        f.flush()
    except Exception:
        pass


def _end_locals(state):
    for r in state[4]:
        impl = r()
        if impl is not None:
            impl.forget(state[0])


def _run_thread(ident, native_id, function, args, kwargs, report=True):
    global _interrupt
    state = [ident, native_id, _sys.exception(), [], []]
    trace, profile = _sys.gettrace(), _sys.getprofile()
    _sys.settrace(None)
    _sys.setprofile(None)
    _running.append(state)
    try:
        cv = _sys.modules.get('contextvars')
        if cv is not None:
            cv.Context().run(function, *args, **kwargs)
        else:
            function(*args, **kwargs)
    except SystemExit:
        pass
    except KeyboardInterrupt:
        raise
    except BaseException as e:
        _unchain(e)
        # CPython's traceback starts in function: drop this module's entries.
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_globals.get('__name__') in (
                '_thread', 'contextvars'):
            tb = tb.tb_next
        e.__traceback__ = tb
        _report_unraisable(function, e)
    finally:
        _sys.settrace(None)
        _sys.setprofile(None)
        _running.pop()
        for lk in state[3]:
            if lk.locked():
                lk.release()
        _end_locals(state)
        _sys.setprofile(profile)
        _sys.settrace(trace)
    if _interrupt and len(_running) == 1:
        _interrupt = False
        raise KeyboardInterrupt


def start_new_thread(*arguments):
    """start_new_thread(function, args[, kwargs]) -> ident

    Start a new thread and return its identifier.  Glass runs the thread to
    completion before returning: function(*args, **kwargs) runs now, under
    the new thread's identity."""
    if len(arguments) < 2:
        raise TypeError('start_new_thread expected at least 2 arguments, got %d'
                        % len(arguments))
    if len(arguments) > 3:
        raise TypeError('start_new_thread expected at most 3 arguments, got %d'
                        % len(arguments))
    function, args = arguments[:2]
    kwargs = arguments[2] if len(arguments) == 3 else None
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    ident, native_id = _new_identity()
    _run_thread(ident, native_id, function, args, kwargs or {})
    return ident


start_new = start_new_thread


def exit():
    """Exit the running thread by raising SystemExit."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2, /):
    """Raise KeyboardInterrupt in the main thread: at once when called from it,
    else when the outermost running thread returns to it."""
    global _interrupt
    if len(_running) == 1:
        raise KeyboardInterrupt
    _interrupt = True


def stack_size(size=0, /):
    """Return the stack size used for new threads; set it if size is given
    (0 or at least 32768 bytes; Glass only records it)."""
    global _stack_size
    size = size.__index__() if not isinstance(size, int) else size
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    old, _stack_size = _stack_size, size
    return old


def _count():
    """Number of threads other than the main one that are alive."""
    return len(_running) - 1 + len(_pending)


# ---- locks ---------------------------------------------------------------------

def _check_timeout(blocking, timeout):
    """Validate acquire()'s arguments as CPython does; returns None for no limit,
    else the timeout in seconds."""
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError('Invalid value NaN (not a number)')
    elif isinstance(timeout, int):
        timeout = int(timeout)
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(timeout).__name__)
    if abs(timeout) > 9223372036.854775:
        raise OverflowError('timestamp too large to convert to C _PyTime_t')
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if not blocking:
        return 0
    return None if timeout == -1 else timeout


def _no_subclass(cls):
    raise TypeError("type '_thread.%s' is not an acceptable base type" % cls.__base__.__name__)


class lock:
    """A lock object: one thread at a time may hold it (see allocate_lock)."""
    __slots__ = ('_locked', '__weakref__')

    def __init_subclass__(cls, **kw):
        _no_subclass(cls)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_thread.lock' instances")

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; False if it could not be had (non-blocking call or
        timeout).  A blocking acquire of a held lock without a timeout raises the
        deadlock RuntimeError (nothing else could release it)."""
        timeout = _check_timeout(blocking, timeout)
        if self._locked:
            if timeout == 0:
                return False
            if not _wait(lambda: not self._locked, timeout, 'Lock.acquire()'):
                return False
        self._locked = True
        return True

    def release(self):
        """Release the lock (any thread may release it)."""
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        """Return whether the lock is held."""
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return '<%s _thread.lock object at %#x>' % (
            'locked' if self._locked else 'unlocked', id(self))


LockType = lock


def allocate_lock():
    """Create a new lock object (unlocked)."""
    lk = object.__new__(lock)
    lk._locked = False
    return lk


allocate = allocate_lock


def _set_sentinel():
    """A lock that is released when the running thread ends."""
    lk = allocate_lock()
    _running[-1][3].append(lk)
    return lk


class RLock:
    """A reentrant lock: the thread holding it may acquire it again; it is
    released when released as many times."""
    __slots__ = ('_owner', '_count', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._owner = 0
        self._count = 0
        return self

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock (again, if this thread holds it); see lock.acquire."""
        timeout = _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if self._count:
            if timeout == 0:
                return False
            if not _wait(lambda: not self._count, timeout, 'RLock.acquire()'):
                return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        """Release the lock once; RuntimeError unless this thread holds it."""
        if not self._count or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = 0

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state, /):
        if self._count:
            _wait(lambda: not self._count, None, 'RLock.acquire()')
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        cls = type(self)
        return '<%s %s.%s object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', cls.__module__, cls.__qualname__,
            self._owner, self._count, id(self))


# ---- thread-local data -----------------------------------------------------------

class _LocalImpl:
    """The per-thread dicts of one _local: ident -> dict; `current` is the ident
    whose dict is installed as the object's __dict__."""
    __slots__ = ('dicts', 'current', 'obj', 'args', '__weakref__')

    def forget(self, ident):
        # The thread ended: drop its dict (running its values' finalizers).
        d = self.dicts.pop(ident, None)
        if self.current == ident:
            self.current = None
            obj = self.obj()
            if obj is not None:
                object.__setattr__(obj, '__dict__', {})
        del d


def _local_select(self):
    impl = object.__getattribute__(self, '_local__impl')
    state = _running[-1]
    ident = state[0]
    if impl.current == ident:
        return
    d = impl.dicts.get(ident)
    if d is not None:
        object.__setattr__(self, '__dict__', d)
        impl.current = ident
        return
    # First use in this thread: a new dict, then __init__ as CPython does.
    d = impl.dicts[ident] = {}
    object.__setattr__(self, '__dict__', d)
    impl.current = ident
    if len(_running) > 1:
        state[4].append(_wref(impl))
    init = type(self).__init__
    if init is not object.__init__:
        args, kwargs = impl.args
        init(self, *args, **kwargs)


def _local_name(self):
    cls = type(self)
    return '_thread._local' if cls is _local else cls.__name__


class _local:
    """Thread-local data: each thread sees its own attributes."""
    __slots__ = ('_local__impl', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        impl = _LocalImpl()
        impl.dicts = {}
        impl.current = None
        impl.obj = _wref(self)
        impl.args = (args, kwargs)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread gets its dict now; __init__ runs through the call.
        ident = _running[-1][0]
        d = impl.dicts[ident] = {}
        object.__setattr__(self, '__dict__', d)
        impl.current = ident
        if len(_running) > 1:
            _running[-1][4].append(_wref(impl))
        return self

    def __getattribute__(self, name):
        _local_select(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_name(self))
        _local_select(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_name(self))
        _local_select(self)
        return object.__delattr__(self, name)

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


# ---- reporting exceptions of threading.Thread -------------------------------------

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback,
    thread)."""
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return '_thread._ExceptHookArgs(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self.__match_args__, self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _excepthook(exc_args, /):
    """Handle an uncaught exception of a thread: print "Exception in thread NAME:"
    and the traceback on stderr (SystemExit is ignored)."""
    if type(exc_args) is not _ExceptHookArgs:
        raise TypeError('_thread.excepthook argument type must be ExceptHookArgs')
    exc_type, exc_value, exc_tb, thread = exc_args
    if exc_type is SystemExit:
        return None
    f = _sys.stderr
    if f is None:
        f = getattr(thread, '_stderr', None) if thread is not None else None
        if f is None:
            return None
    if thread is not None:
        name = getattr(thread, 'name', None)
    else:
        name = None
    if name is not None:
        f.write('Exception in thread %s:\n' % (name,))
    else:
        f.write('Exception in thread %d:\n' % get_ident())
    f.flush()
    import traceback
    traceback.print_exception(exc_type, exc_value, exc_tb, file=f)
    f.flush()
    return None

