"""sched - a general-purpose event scheduler.

scheduler(timefunc, delayfunc) keeps a queue of Events ordered by time, then
priority, then insertion; run() calls each event's action when its time comes,
waiting with delayfunc. Glass's own implementation of CPython 3.11's sched (the
field docstrings of Event are Glass's own wording).
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")
Event.time.__doc__ = "When the event is due, in the units of the scheduler's timefunc."
Event.priority.__doc__ = "Among events due at the same time, lower numbers run first."
Event.sequence.__doc__ = "Insertion counter: equal times and priorities run in order added."
Event.action.__doc__ = "The callable run when the event is due."
Event.argument.__doc__ = "The positional arguments of the action (a sequence)."
Event.kwargs.__doc__ = "The keyword arguments of the action (a dict)."

_sentinel = object()


class scheduler:
    """An event queue: timefunc() gives the current time, delayfunc(t) waits t of
    its units (delayfunc(0) runs between events, so other work may happen)."""

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the given time; return the Event
        (for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument,
                      kwargs)
        with self._lock:
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now; return the Event."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True if no events are scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they come due, until the queue is empty. With
        blocking=False, run only the events already due and return the time until
        the next one (None if none is left)."""
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not queue:
                    break
                when, _, _, action, argument, kwargs = queue[0]
                now = timefunc()
                due = when <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return when - now
                delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The scheduled events, as a list in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
