"""queue - FIFO, LIFO and priority queues (Glass).

Implements: Empty, Full, Queue(maxsize), LifoQueue, PriorityQueue and SimpleQueue
with put/get/put_nowait/get_nowait/qsize/empty/full/task_done/join, the
subclassing hooks _init/_qsize/_put/_get, and Queue[int]-style generic aliases.

Glass has no threads, so no other code can ever run while a call waits:
- a get() on an empty queue (or a put() on a full one) raises Empty (Full) at
  once when block is false or a timeout is given; CPython would first wait for
  the timeout to pass.
- a blocking get() or put() without a timeout that would have to wait, and a
  join() with unfinished tasks, could never return: they raise RuntimeError
  ('queue.get() would block forever: Glass has no threads', and likewise for
  put and join) instead of hanging.
Leaves out: the mutex and condition attributes (mutex, not_empty, not_full,
all_tasks_done) of Queue.
"""

from collections import deque
from heapq import heappush, heappop
import types

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _forever(what):
    return RuntimeError('queue.%s() would block forever: Glass has no threads'
                        % what)


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means no size limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # put() adds one and task_done() takes one away; join() waits for 0.
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken by get() as processed (for join()).

        ValueError if called more times than items were put."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        """Return once every item put has been marked done by task_done().

        Without threads this can only return when that is already so."""
        if self.unfinished_tasks:
            raise _forever('join')

    def qsize(self):
        """Return the number of items in the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue holds no items."""
        return not self._qsize()

    def full(self):
        """Return True if the queue holds maxsize items (never if unbounded)."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue.

        If the queue is full, raise Full when block is false or a timeout is
        given (after checking that the timeout is not negative)."""
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                if self._qsize() >= self.maxsize:
                    raise _forever('put')
            else:
                _check_timeout(timeout)
                if self._qsize() >= self.maxsize:
                    raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If the queue is empty, raise Empty when block is false or a timeout is
        given (after checking that the timeout is not negative)."""
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            if not self._qsize():
                raise _forever('get')
        else:
            _check_timeout(timeout)
            if not self._qsize():
                raise Empty
        return self._get()

    def put_nowait(self, item):
        """Put item into the queue if there is room, else raise Full."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item if one is there, else raise Empty."""
        return self.get(block=False)

    # Storage hooks, overridden by the subclasses below.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A queue that gives back its smallest item first (a heap).

    Items are often (priority, data) tuples."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue; never blocks (block and timeout are
        accepted for compatibility with Queue.put)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If the queue is empty, raise Empty when block is false or a timeout is
        given."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if block and timeout is None:
                raise _forever('get')
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        """Put item into the queue (same as put(item, block=False))."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item if one is there, else raise Empty."""
        return self.get(False)

    def empty(self):
        """Return True if the queue holds no items."""
        return not self._queue

    def qsize(self):
        """Return the number of items in the queue."""
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)
