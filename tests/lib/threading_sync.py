# threading: Condition, Event, Barrier and Timer, used so that no wait has to block.
import threading, time

def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

c = threading.Condition()
print(repr(c).startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0'))
print(err(c.wait), err(c.notify), err(c.wait, 0))
with c:
    t0 = time.monotonic()
    print(c.wait(0.05), time.monotonic() - t0 >= 0.04, c.wait(-1))
    print(c.wait_for(lambda: 42), c.wait_for(lambda: 0, 0.01))
    c.notify()
    c.notify_all()
cl = threading.Condition(threading.Lock())
with cl:
    print(cl._is_owned(), cl.wait(0.01))
print(cl._is_owned())

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0), repr(e).endswith(': unset>'))
threading.Thread(target=e.set).start()
print(e.is_set(), e.wait(), repr(e).endswith(': set>'))
e.clear()
print(e.is_set())

# a Timer that comes due while the main thread waits
e2 = threading.Event()
tm = threading.Timer(0.05, e2.set)
tm.start()
print(tm.is_alive(), e2.wait(), tm.name.startswith('Thread-'))
tm.join()
print(tm.is_alive(), tm.finished.is_set())
tm = threading.Timer(30, print, args=['never'])
tm.start()
tm.cancel()
tm.join()
print('cancelled', tm.finished.is_set(), tm.is_alive())
out = []
tm = threading.Timer(0.01, out.append, args=['ran'], kwargs={})
tm.start()
tm.join()
print(out)

bar = threading.Barrier(1, action=lambda: print('action'))
print(bar.wait(), bar.wait(), bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2, timeout=0.02)
print(err(b2.wait), b2.broken, repr(b2).endswith(': broken>'))
b2.reset()
print(b2.broken, repr(b2).endswith('waiters=0/2>'))
b2.abort()
print(err(b2.wait), issubclass(threading.BrokenBarrierError, RuntimeError))
bad = threading.Barrier(1, action=lambda: 1 / 0)
print(err(bad.wait), bad.broken)
