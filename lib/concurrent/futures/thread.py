"""concurrent.futures.thread - ThreadPoolExecutor (Glass).

Glass runs threads one after another: submit() runs the call at once, in a
worker "thread" of the pool (its own identity: current_thread().name is
"ThreadPoolExecutor-N_M", or "PREFIX_M"), and returns the finished Future.
The pool keeps one worker identity and reuses it; a call submitted while the
worker is busy (from inside a running call) gets the next one.  Workers stay
in threading.enumerate() until shutdown().  Thread-local data of a worker
does not outlive the call that set it.
"""

import itertools
import os
import sys
import threading
import _thread
from concurrent.futures import _base

_shutdown = False


def _python_exit():
    global _shutdown
    _shutdown = True
    for pool in list(_pools):
        pool.shutdown(wait=True)


_pools = []
threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None     # no cycle through the exception's frames
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class _Worker(threading.Thread):
    # The identity a pool's calls run under (never start()ed: the pool runs
    # each call through _thread under this thread's ident).
    def __init__(self, name):
        threading.Thread.__init__(self, name=name, daemon=False)
        self._ident, self._native_id = _thread._new_identity()
        self._started.set()
        self.busy = False
        self.initialized = False
        threading._active[self._ident] = self


class ThreadPoolExecutor(_base.Executor):
    """An executor whose calls run in worker threads (Glass: inside submit())."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers: at most this many workers (default min(32, CPUs + 4));
        thread_name_prefix: names the workers; initializer(*initargs) runs
        first in each worker."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._workers = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ('ThreadPoolExecutor-%d' % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        _pools.append(self)

    def submit(self, fn, /, *args, **kwargs):
        """Run fn(*args, **kwargs) in a worker now; return its finished Future."""
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            worker = self._idle_worker()
        worker.busy = True
        try:
            _thread._run_thread(worker._ident, worker._native_id, self._work,
                                (worker, w), {})
        finally:
            worker.busy = False
        return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def _idle_worker(self):
        for worker in self._workers:
            if not worker.busy:
                return worker
        worker = _Worker('%s_%d' % (self._thread_name_prefix, len(self._workers)))
        self._workers.append(worker)
        self._threads.add(worker)
        return worker

    def _work(self, worker, item):
        # Runs as the worker thread.
        if threading._trace_hook:
            sys.settrace(threading._trace_hook)
        if threading._profile_hook:
            sys.setprofile(threading._profile_hook)
        if not worker.initialized:
            worker.initialized = True
            if self._initializer is not None:
                try:
                    self._initializer(*self._initargs)
                except BaseException:
                    _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                    self._broken = ('A thread initializer failed, the thread pool '
                                    'is not usable anymore')
                    item.future.set_exception(BrokenThreadPool(self._broken))
                    return
        item.run()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submit(); the workers end (their calls are all done)."""
        with self._shutdown_lock:
            self._shutdown = True
        for worker in self._workers:
            if not worker.busy:
                worker._is_stopped = True
                threading._active.pop(worker._ident, None)
        if self in _pools:
            _pools.remove(self)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
