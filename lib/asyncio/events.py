"""asyncio.events - the event loop: a deque of ready callbacks plus a heap of timers.

There is no I/O: when nothing is ready the loop sleeps (time.sleep) until the earliest
timer. One iteration runs the callbacks that were ready when it started, after moving
due timers to the ready queue, so the interleaving of tasks matches CPython's
selector loop for programs that only use timers, futures and tasks.
"""

import heapq
import sys
import time
from collections import deque

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'get_running_loop', 'set_event_loop', 'new_event_loop')


class Handle:
    """A callback scheduled by call_soon()."""

    __slots__ = ('_callback', '_args', '_loop', '_cancelled', '__weakref__')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {self._callback!r}>'

    def cancel(self):
        self._cancelled = True
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a point in time (call_later / call_at)."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def when(self):
        return self._when


class AbstractEventLoop:
    """Marker base class of event loops."""


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._tasks = {}        # pending tasks of this loop, in creation order
        self._exception_handler = None
        self._debug = False

    def __repr__(self):
        return (f'<_EventLoop running={self._running} closed={self._closed} '
                f'debug={self._debug}>')

    # -- scheduling --
    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- running --
    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0]._cancelled:
            heapq.heappop(sched)._scheduled = False
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = max(0, sched[0]._when - self.time())
        else:
            raise RuntimeError('Glass asyncio: the event loop has nothing to do and no I/O '
                               'to wait for (deadlock)')
        if timeout > 0:
            time.sleep(timeout)
        end_time = self.time() + 1e-9
        while sched and sched[0]._when < end_time:
            handle = heapq.heappop(sched)
            handle._scheduled = False
            self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        from . import futures, tasks
        self._check_closed()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # the exception is reported by the caller
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- errors --
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines) + '\n'
        exc = context.get('exception')
        if exc is not None:
            import traceback
            text += ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_running_loop = None
_current_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError outside of one."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    """The running loop, else the current loop (created on first use)."""
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        _current_loop = new_event_loop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                        f"'{type(loop).__name__}'")
    _current_loop = loop


def new_event_loop():
    return _EventLoop()
