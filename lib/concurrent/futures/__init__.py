"""concurrent.futures - run callables through executors and get Futures (Glass).

Glass runs threads one after another (see threading), so an executor runs each
call inside submit() (map() runs them all before it returns): the Future it
returns is already finished, holding the result or the exception, and cancel()
on it returns False.  ThreadPoolExecutor runs the calls as its worker threads
("ThreadPoolExecutor-N_M", one worker identity reused, a new one only for a
call submitted from inside a running one).  ProcessPoolExecutor is the same
executor under that name: calls run in this process (arguments and results are
not pickled; mp_context, max_tasks_per_child and map's chunksize are accepted
and ignored).  Waiting for a Future that nothing can finish (one made by hand)
raises the deadlock RuntimeError without a timeout, and TimeoutError after
sleeping the timeout with one.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION,
                                      ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')
