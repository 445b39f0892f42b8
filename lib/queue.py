"""queue - FIFO, LIFO and priority queues (Glass).

Implements: Empty, Full, Queue(maxsize), LifoQueue, PriorityQueue and SimpleQueue
with put/get/put_nowait/get_nowait/qsize/empty/full/task_done/join, the
subclassing hooks _init/_qsize/_put/_get, the mutex and the not_empty, not_full
and all_tasks_done conditions of Queue, and Queue[int]-style generic aliases.

Glass runs threads one after another (see threading), so while a call waits
only a threading.Timer that comes due can put or get items:
- a get() on an empty queue (or a put() on a full one) with a timeout sleeps
  out the timeout (running such Timers) and raises Empty (Full), as CPython.
- a blocking get() or put() without a timeout that nothing can end, and a
  join() with unfinished tasks, raise RuntimeError ("queue.get() would block
  forever: Glass runs threads one after another ... (deadlock)") instead of
  hanging.
"""

import threading
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


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means no size limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        # put() adds one and task_done() takes one away; join() waits for 0.
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken by get() as processed (for join()).

        ValueError if called more times than items were put."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Return once every item put has been marked done by task_done()."""
        with self.all_tasks_done:
            self.all_tasks_done._block_for(lambda: not self.unfinished_tasks,
                                           None, 'queue.join()')

    def qsize(self):
        """Return the number of items in the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue holds no items."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue holds maxsize items (never if unbounded)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue, waiting for room if it is full.

        Raises Full when block is false and there is no room, or when none
        comes within the timeout (which may not be negative)."""
        with self.not_full:
            if self.maxsize > 0:
                room = lambda: self._qsize() < self.maxsize
                if not block:
                    if not room():
                        raise Full
                elif timeout is None:
                    self.not_full._block_for(room, None, 'queue.put()')
                else:
                    _check_timeout(timeout)
                    if not self.not_full._block_for(room, timeout, 'queue.put()'):
                        raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue, waiting for one if empty.

        Raises Empty when block is false and the queue is empty, or when no
        item comes within the timeout (which may not be negative)."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                self.not_empty._block_for(self._qsize, None, 'queue.get()')
            else:
                _check_timeout(timeout)
                if not self.not_empty._block_for(self._qsize, timeout, 'queue.get()'):
                    raise Empty
            item = self._get()
            self.not_full.notify()
            return item

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
        """Remove and return an item from the queue, waiting for one if empty.

        Raises Empty when block is false and the queue is empty, or when no
        item comes within the timeout (which may not be negative)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if not block:
                raise Empty
            if not threading._wait(lambda: self._queue, timeout, 'queue.get()'):
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
