"""asyncio.runners - asyncio.run(): run a coroutine in a new event loop, then cancel the
tasks it left behind and close the loop."""

import types

from . import events, tasks

__all__ = ('run',)


def run(main, *, debug=None):
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not isinstance(main, types.CoroutineType):
        raise ValueError('a coroutine was expected, got {!r}'.format(main))
    loop = events.new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    events.set_event_loop(loop)
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            events.set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
