"""concurrent.futures.process - ProcessPoolExecutor (Glass).

Glass has no processes to pool: ProcessPoolExecutor runs each call in this
process, inside submit(), like ThreadPoolExecutor (its workers are named
"ProcessPoolExecutor-N_M").  Arguments and results are not pickled;
mp_context and max_tasks_per_child are accepted and ignored, as is map()'s
chunksize.
"""

import os
from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor as _ThreadPool


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly
    (never, in Glass) or its initializer failed."""


class ProcessPoolExecutor(_ThreadPool):
    """An executor for processes; Glass runs the calls in this process."""

    _counter = __import__('itertools').count().__next__

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError('max_tasks_per_child must be an integer')
            elif max_tasks_per_child <= 0:
                raise ValueError('max_tasks_per_child must be >= 1')
        _ThreadPool.__init__(self, max_workers,
                             'ProcessPoolExecutor-%d' % self._counter(),
                             initializer, initargs)
