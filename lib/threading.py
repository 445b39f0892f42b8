"""threading - the threading API for an interpreter without threads (Glass).

Glass has no OS threads; see _thread for the model.  In short:
- Thread.start() runs the thread to completion before it returns (run() under
  the thread's own identity: current_thread() is the Thread, names and idents as
  CPython's), so join() returns at once and is_alive() is False afterwards.  An
  uncaught exception goes to threading.excepthook, which prints "Exception in
  thread NAME:" and the traceback as CPython does.
- Timer.start() schedules the timer: it runs once its interval has passed, when
  some thread waits (join, Event.wait, Lock.acquire, queue.get...) or at exit;
  cancel() before that keeps the function from running.
- A wait that nothing can end raises RuntimeError("... would block forever:
  Glass runs threads one after another ... (deadlock)") instead of hanging; a
  wait with a timeout sleeps the timeout and returns False (Barrier: raises
  BrokenBarrierError).
Implements the public API of CPython 3.11's threading: Thread, Timer, Lock,
RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier,
BrokenBarrierError, local, current_thread, main_thread, enumerate,
active_count, get_ident, get_native_id, settrace/gettrace,
setprofile/getprofile, excepthook/__excepthook__, ExceptHookArgs, stack_size,
TIMEOUT_MAX, ThreadError and the deprecated camelCase aliases.
"""

import sys as _sys
import _thread
from time import monotonic as _time
from itertools import count as _count_from
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local
stack_size = _thread.stack_size
_wait = _thread._wait

_profile_hook = None
_trace_hook = None


def _deprecated(old, new):
    import warnings
    warnings.warn('%s() is deprecated, %s instead' % (old, new),
                  DeprecationWarning, stacklevel=3)


def setprofile(func):
    """Set the profile function of the threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Return the profile function set with setprofile()."""
    return _profile_hook


def settrace(func):
    """Set the trace function of the threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Return the trace function set with settrace()."""
    return _trace_hook


# ---- locks -----------------------------------------------------------------------

Lock = _allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """Return a new reentrant lock (a _thread.RLock)."""
    return _thread.RLock(*args, **kwargs)


_RLock = _PyRLock = _thread.RLock


class Condition:
    """A condition variable: wait() until another thread calls notify().

    Glass: nothing can notify while a thread waits except a Timer due in
    time, so wait() without a timeout otherwise raises the deadlock RuntimeError,
    and with one sleeps the timeout and returns False."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(lock, name):
                setattr(self, name, getattr(lock, name))
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    # For a plain Lock (an RLock brings its own versions).
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _block(self, timeout, what, exc=RuntimeError):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is not None and timeout <= 0:
                got = not waiter.locked()
            else:
                got = _wait(lambda: not waiter.locked(), timeout, what, exc)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def _block_for(self, predicate, timeout, what, exc=RuntimeError):
        result = predicate()
        end = None
        while not result:
            if timeout is not None:
                if end is None:
                    end = _time() + timeout
                else:
                    timeout = end - _time()
                    if timeout <= 0:
                        break
            self._block(timeout, what, exc)
            result = predicate()
        return result

    def wait(self, timeout=None):
        """Release the lock, wait to be notified (or for timeout seconds), take
        the lock back; returns False if the timeout expired."""
        return self._block(timeout, 'Condition.wait()')

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or the timeout expires); returns the
        last value of predicate()."""
        return self._block_for(predicate, timeout, 'Condition.wait_for()')

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        while n > 0 and self._waiters:
            w = self._waiters.popleft()
            n -= 1
            try:
                w.release()
            except RuntimeError:
                pass

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up every thread waiting on this condition (deprecated)."""
        _deprecated('notifyAll', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """A counter: acquire() takes one (waiting while it is zero), release() gives."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero; False if that could
        not be done without blocking or within the timeout."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not self._value:
                if not blocking:
                    return False
                if not self._cond._block_for(lambda: self._value > 0, timeout,
                                             'Semaphore.acquire()'):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may not exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        """Increment the counter by n; ValueError past the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag threads can set, clear and wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return '<%s.%s at %#x: %s>' % (cls.__module__, cls.__qualname__, id(self),
                                        'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return True if the flag is set."""
        return self._flag

    def isSet(self):
        """Return True if the flag is set (deprecated)."""
        _deprecated('isSet', 'use is_set()')
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiter."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set or the timeout expires; return the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond._block(timeout, 'Event.wait()')
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for a fixed number of threads: each wait() blocks until
    `parties` threads wait, then all go on.

    Glass: the other parties can only be Timers due in time, so a wait()
    otherwise breaks the barrier: BrokenBarrierError, after sleeping the timeout
    if there is one, else at once with the deadlock message."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0      # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return '<%s.%s at %#x: broken>' % (cls.__module__, cls.__qualname__, id(self))
        return '<%s.%s at %#x: waiters=%d/%d>' % (cls.__module__, cls.__qualname__,
                                                  id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's index (0 to
        parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait_others(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        if self._state in (-1, 1):
            self._cond._block_for(lambda: self._state not in (-1, 1), None,
                                  'Barrier.wait()')
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_others(self, timeout):
        try:
            ok = self._cond._block_for(lambda: self._state != 0, timeout,
                                       'Barrier.wait()', BrokenBarrierError)
        except BrokenBarrierError:
            self._break()
            raise
        if not ok:
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        """Put the barrier back to its empty state (waiters get
        BrokenBarrierError)."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waits raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting now."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == -2


# ---- threads ---------------------------------------------------------------------

_counter = _count_from(1).__next__


def _newname(name_template='Thread-%d'):
    return name_template % _counter()


_active_limbo_lock = RLock()
_active = {}        # ident -> Thread, for threads started and not yet finished
_limbo = {}         # (always empty: a started thread is at once active)
_threading_atexits = []
_SHUTTING_DOWN = False


class Thread:
    """A thread of control; Glass runs it to completion inside start().

    Pass a callable as target (with args and kwargs) or override run() in a
    subclass; a subclass overriding __init__ must call Thread.__init__ first."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """group must be None; target is called by run() with args and
        kwargs; name defaults to "Thread-N" (plus " (target name)"); daemon
        defaults to the creating thread's flag."""
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += ' (%s)' % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()
        self._glass_pending = None

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def _glass_delay(self):
        # Seconds to wait before running, or None to run inside start().
        return None

    def start(self):
        """Start the thread: Glass runs it to completion now (a Timer is
        scheduled instead).  RuntimeError if called more than once."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        delay = self._glass_delay()
        if delay is None:
            _start_new_thread(self._bootstrap, ())
            return
        p = _thread._start_later(delay, self._bootstrap, (), daemon=self._daemonic)
        self._glass_pending = p
        self._ident = p.ident
        self._native_id = p.native_id
        _active[self._ident] = self
        self._started.set()

    def run(self):
        """The thread's activity: calls target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # No cycle through the target's arguments once it is done.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _set_sentinel()
            self._tstate_lock.acquire()
            self._glass_pending = None
            _active[self._ident] = self
            self._started.set()
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                _thread._unchain(exc)
                self._invoke_excepthook(self)
        finally:
            self._is_stopped = True
            self._tstate_lock = None
            _active.pop(self._ident, None)

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def join(self, timeout=None):
        """Wait until the thread ends (or timeout seconds pass).

        A thread started by start() has already ended; a Timer runs now (after
        its due time).  Joining a thread that is still running outside this one
        raises the deadlock RuntimeError."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is not None:
            timeout = max(timeout, 0)
        _wait(lambda: self._is_stopped, timeout, 'Thread.join()')

    @property
    def name(self):
        """The thread's name (a str, not necessarily unique)."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (None before it starts)."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        """The thread's native id (None before it starts)."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        """Return whether the thread is running (Glass: only while run() runs,
        or while a Timer waits for its time)."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Whether the thread is a daemon (the program does not wait for it at
        exit); inherited from the creating thread by default."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        """Return the daemon flag (deprecated)."""
        _deprecated('isDaemon', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set the daemon flag (deprecated)."""
        _deprecated('setDaemon', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        """Return the name (deprecated)."""
        _deprecated('getName', 'get the name attribute')
        return self.name

    def setName(self, name):
        """Set the name (deprecated)."""
        _deprecated('setName', 'set the name attribute')
        self.name = name


ExceptHookArgs = _thread._ExceptHookArgs
excepthook = __excepthook__ = _thread._excepthook


def _make_invoke_excepthook():
    # The hooks in place when the thread was made serve if they are later unset.
    first_hook = excepthook
    first_sys_hook = _sys.excepthook
    if first_hook is None:
        raise RuntimeError('threading.excepthook is None')
    if first_sys_hook is None:
        raise RuntimeError('sys.excepthook is None')

    def invoke_excepthook(thread):
        hook = excepthook if excepthook is not None else first_hook
        args = ExceptHookArgs([*_sys.exc_info(), thread])
        try:
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
            if stderr is not None:
                print('Exception in threading.excepthook:', file=stderr, flush=True)
            sys_hook = _sys.excepthook if _sys.excepthook is not None else first_sys_hook
            sys_hook(*_sys.exc_info())
        finally:
            args = None
    return invoke_excepthook


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds, unless cancel()
    comes first.

    Glass: start() schedules the timer; it runs once the interval has passed,
    at the first wait of some thread (join(), Event.wait(), ...) or at exit."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def _glass_delay(self):
        return self.interval

    def cancel(self):
        """Stop the timer if it has not run its function yet."""
        self.finished.set()
        p = self._glass_pending
        if p is not None:
            p.due = min(p.due, _time())

    def run(self):
        """Wait for the interval (what is left of it), then call the function
        unless cancelled."""
        p = self._glass_pending
        self.finished.wait(self.interval if p is None else p.due - _time())
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    # A thread started with _thread.start_new_thread, seen by current_thread().

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


def current_thread():
    """Return the Thread object of the running thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the Thread object of the running thread (deprecated)."""
    _deprecated('currentThread', 'use current_thread()')
    return current_thread()


def active_count():
    """Return the number of Thread objects alive."""
    return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects alive (deprecated)."""
    _deprecated('activeCount', 'use active_count()')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of the Thread objects alive (Glass: the main thread, the
    threads running around the current one, and the Timers not run yet)."""
    return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread's Thread object."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at exit, before waiting for the remaining
    threads (used by concurrent.futures)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by Glass at exit before the atexit handlers: runs the functions
    of _register_atexit, then the non-daemon Timers still scheduled."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    _main_thread._stop()
    for call in reversed(_threading_atexits):
        call()
    _thread._run_pending(daemons=False)


def _after_fork(thread=None):
    pass


_main_thread = _MainThread()
