"""asyncio - a small asynchronous I/O-less runtime for Glass (written for Glass, API of
CPython 3.11's asyncio).

Implements: the event loop (call_soon/call_later/call_at, run_until_complete,
run_forever, time; no sockets, subprocesses, signals or executors), asyncio.run,
Future, Task (cancel with messages, cancelling/uncancel, names), create_task, sleep,
gather, wait_for, wait, as_completed, shield, current_task, all_tasks, ensure_future,
Queue/PriorityQueue/LifoQueue, Lock, Event, Condition, Semaphore, BoundedSemaphore,
timeout/timeout_at, TaskGroup, CancelledError, TimeoutError, InvalidStateError,
QueueEmpty, QueueFull, iscoroutine/iscoroutinefunction.
Left out: streams, transports/protocols, subprocesses, threads (to_thread,
run_coroutine_threadsafe, run_in_executor), contextvars propagation into tasks, debug
mode, async generator finalizer hooks; an idle loop with nothing scheduled raises
RuntimeError instead of blocking forever.
"""

import inspect as _inspect
import types as _types

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .queues import *
from .locks import *
from .timeouts import *
from .taskgroups import *
from .runners import *
from . import exceptions, events, futures, tasks, queues, locks, timeouts, taskgroups, \
    runners


# marks objects that asyncio must treat as coroutine functions (unittest.mock's
# AsyncMock), as CPython's asyncio.coroutines._is_coroutine
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for `async def` functions (and objects marked with _is_coroutine)."""
    return (_inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """True for coroutine objects."""
    return isinstance(obj, _types.CoroutineType)
