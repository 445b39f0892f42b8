"""concurrent.futures._base - Future, Executor, wait and as_completed (Glass).

See the package docstring for how Glass runs the calls.  A Future that is not
finished can only be finished meanwhile by a threading.Timer that comes due,
so result()/exception()/wait()/as_completed() run such Timers while they wait,
then raise the deadlock RuntimeError (no timeout) or time out.
"""

import collections
import time
import types
import threading

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]
_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}
_DONE = (CANCELLED_AND_NOTIFIED, FINISHED)


class _Logger:
    # logging.getLogger("concurrent.futures"), imported only when something
    # has to be logged.
    def __getattr__(self, name):
        import logging
        return getattr(logging.getLogger('concurrent.futures'), name)


LOGGER = _Logger()


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass



DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _wait_until(ready, timeout, what):
    return threading._wait(ready, timeout, what)


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        desc = _STATE_TO_DESCRIPTION_MAP[self._state]
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self), desc,
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self), desc,
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), desc)

    def cancel(self):
        """Cancel the future if possible: True if it is (now) cancelled, False
        if it is running or finished."""
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        """Return True if the call is running now."""
        return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished."""
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # No cycle through the frame holding the exception.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it is)."""
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _settled(self, timeout, what):
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            _wait_until(lambda: self._state in (CANCELLED, CANCELLED_AND_NOTIFIED,
                                                FINISHED), timeout, what)
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """Return the call's result (raise its exception), waiting at most
        timeout seconds; CancelledError or TimeoutError otherwise."""
        try:
            self._settled(timeout, 'Future.result()')
            return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned), waiting
        at most timeout seconds; CancelledError or TimeoutError otherwise."""
        self._settled(timeout, 'Future.exception()')
        return self._exception

    def set_running_or_notify_cancel(self):
        """Mark the future running, or report it cancelled (False).  For
        executors."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Set the result and mark the future finished.  For executors."""
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Set the exception and mark the future finished.  For executors."""
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


def _unique(fs):
    seen = set()
    out = []
    for f in fs:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled).

    TimeoutError('N (of M) futures unfinished') if some are not done within
    timeout seconds."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = _unique(fs)
    total = len(fs)
    pending = []
    for f in fs:
        if f._state in _DONE:
            yield f
        else:
            pending.append(f)
    while pending:
        wait_timeout = None if timeout is None else end_time - time.monotonic()
        if wait_timeout is not None and wait_timeout < 0:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
        _wait_until(lambda: any(f._state in _DONE for f in pending), wait_timeout,
                    'concurrent.futures.as_completed()')
        done = [f for f in pending if f._state in _DONE]
        if not done:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
        for f in done:
            pending.remove(f)
            yield f


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs: return (done, not_done) sets once
    return_when (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED) holds or
    timeout seconds have passed."""
    fs = set(fs)

    def split():
        done = set(f for f in fs if f._state in _DONE)
        return done, fs - done

    def satisfied():
        done, not_done = split()
        if not not_done:
            return True
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION:
            return any(not f.cancelled() and f._exception is not None for f in done)
        return False

    if not satisfied():
        _wait_until(satisfied, timeout, 'concurrent.futures.wait()')
    return DoneAndNotDoneFutures(*split())


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """The base class of executors: submit(), map(), shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), through the executor: the calls are made
        now, the results (or exceptions) come out in order when iterated."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; no submit() afterwards."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""
