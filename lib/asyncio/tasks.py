"""asyncio.tasks - Task (a coroutine driven by the event loop) and the functions built
on tasks and futures: sleep, gather, wait_for, wait, as_completed, shield."""

import types

from . import events, futures
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Task', 'create_task', 'ensure_future', 'sleep', 'gather', 'wait_for', 'wait',
           'as_completed', 'shield', 'current_task', 'all_tasks', 'FIRST_COMPLETED',
           'FIRST_EXCEPTION', 'ALL_COMPLETED')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_task_counter = 0
_current_tasks = {}   # loop -> the task running a step


class Task(futures.Future):
    """Runs a coroutine: each step sends into it until it awaits a pending future, and
    the step after that is scheduled when the future is done."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not (isinstance(coro, types.CoroutineType) or hasattr(coro, 'send')):
            self._log_traceback = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_counter += 1
            name = f'Task-{_task_counter}'
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks[self] = None

    def __repr__(self):
        info = [self._state.lower(), f'name={self._name!r}']
        coro = self._coro
        name = getattr(coro, '__qualname__', None) or repr(coro)
        frame = getattr(coro, 'cr_frame', None)
        code = getattr(coro, 'cr_code', None)
        if frame is not None:
            info.append(f'coro=<{name}() running at {frame.f_code.co_filename}:'
                        f'{frame.f_lineno}>')
        elif code is not None:
            info.append(f'coro=<{name}() done, defined at {code.co_filename}:'
                        f'{code.co_firstlineno}>')
        else:
            info.append(f'coro=<{name}()>')
        if self._state == futures._FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        return f"<Task {' '.join(info)}>"

    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True  # the waiter's cancellation wakes us up with CancelledError
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finished(self):
        self._loop._tasks.pop(self, None)

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        prev = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            self._finished()
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except CancelledError as cancel:
            self._finished()
            self._cancelled_exc = cancel
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as error:
            self._finished()
            super().set_exception(error)
            raise
        except BaseException as error:
            self._finished()
            tb = error.__traceback__
            if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
                error.__traceback__ = tb.tb_next  # as CPython's C Task: no _step frame
            super().set_exception(error)
        else:
            self._handle_yield(result)
        finally:
            if prev is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = prev
            self = None  # an exception's traceback holds this frame: break the cycle

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a '
                                     f'different loop')
                self._loop.call_soon(self._step, error)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self._step, error)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task '
                                     f'{self!r} with {result!r}')
                self._loop.call_soon(self._step, error)
        elif result is None:
            self._loop.call_soon(self._step)  # a bare yield: run again next iteration
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self._step, error)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task of the running loop."""
    return events.get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if isinstance(coro_or_future, types.CoroutineType):
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in loop._tasks if not t.done()}


@types.coroutine
def _sleep0():
    yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Suspend the current task for delay seconds; returns result."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(futures.Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the result is the list of their results in
    argument order. The first exception propagates unless return_exceptions."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[arg] = fut
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'finished': 0}
    nfuts = len(arg_to_fut)

    def _done_callback(fut):
        state['finished'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()  # mark as retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    # As CPython 3.11: a fresh error whose message is '' by default.
                    res = CancelledError(
                        '' if f._cancel_message is None else f._cancel_message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(children[-1]._make_cancelled_error())
            else:
                outer.set_result(results)

    for fut in arg_to_fut.values():
        fut.add_done_callback(_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for fut, cancelling it and raising TimeoutError after timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; returns (done, pending) sets."""
    if futures.isfuture(fs) or isinstance(fs, types.CoroutineType):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(isinstance(f, types.CoroutineType) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if handle is not None:
                handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterator of awaitables giving the results of fs in completion order."""
    if futures.isfuture(fs) or isinstance(fs, types.CoroutineType):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    """Protect an awaitable from being cancelled by its awaiter."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done)

    inner.add_done_callback(_inner_done)
    outer.add_done_callback(_outer_done)
    return outer
