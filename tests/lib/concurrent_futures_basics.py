# concurrent.futures: ThreadPoolExecutor, Future states and callbacks, wait, as_completed.
import concurrent.futures as cf
import threading

def err(f, *a, **k):
    try:
        return f(*a, **k)
    except BaseException as e:
        return '%s: %s' % (type(e).__name__, e)

def short(f):
    return repr(f).split(' at 0x')[0] + ' ' + repr(f).split('state=')[1]

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(lambda a, b=1: (a + b, threading.current_thread().name), 2, b=3)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(divmod, 1, 0)
    print(type(g.exception()).__name__, err(g.result), short(g))
    print(list(ex.map(pow, [2, 3, 4], [2, 2, 2])))
    it = ex.map(divmod, [7, 1, 9], [2, 0, 4])
    print(next(it), err(next, it))
    fs = [ex.submit(len, 'x' * n) for n in range(4)]
    print(sorted(x.result() for x in cf.as_completed(fs)))
    done, not_done = cf.wait(fs)
    print(len(done), not_done, cf.wait(fs, return_when=cf.FIRST_COMPLETED).not_done)
print(err(ex.submit, len, 'a'))
print(err(cf.ThreadPoolExecutor, 0), err(cf.ThreadPoolExecutor, 1, initializer=3))

fut = cf.Future()
print(short(fut), fut.done(), err(fut.result, timeout=0.01), err(fut.exception, 0))
print(cf.wait([fut], timeout=0.01).not_done == {fut})
calls = []
fut.add_done_callback(lambda x: calls.append(('cb1', x.result())))
print(fut.set_running_or_notify_cancel(), fut.running(), fut.cancel())
fut.set_result([1])
fut.add_done_callback(lambda x: calls.append(('cb2', x.done())))
print(calls, short(fut), err(fut.set_result, 2).split(':')[0])
c = cf.Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), err(c.result), short(c))
print(c.set_running_or_notify_cancel(), c._state)
e = cf.Future()
e.set_exception(KeyError('k'))
print(short(e), repr(e.exception()), err(e.result))
print(issubclass(cf.CancelledError, Exception), cf.TimeoutError is TimeoutError,
      issubclass(cf.BrokenExecutor, RuntimeError))
print(err(list, cf.as_completed([cf.Future(), fut], timeout=0.01)))

def init(tag):
    print('init', tag, threading.current_thread().name.endswith('_0'))
with cf.ThreadPoolExecutor(1, thread_name_prefix='pool', initializer=init,
                           initargs=('ok',)) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with cf.ProcessPoolExecutor(2) as px:
    print(list(px.map(abs, [-1, -2])), px.submit(max, 3, 4).result())
