# Glass only: waits that no other thread could ever end raise RuntimeError
# ("... would block forever: Glass runs threads one after another ...
# (deadlock)") instead of hanging as CPython would.  The expected output
# (threading_glass_deadlock.py.exp) is written by hand, not by CPython.
import threading, queue, _thread
import concurrent.futures as cf

def check(what, f, *args):
    try:
        f(*args)
        print(what, 'returned')
    except RuntimeError as e:
        msg = str(e)
        print(what, type(e).__name__, msg.startswith(what + ' would block forever: '
              'Glass runs threads one after another'), msg.endswith('(deadlock)'))

lk = threading.Lock()
lk.acquire()
check('Lock.acquire()', lk.acquire)
print(lk.acquire(timeout=0.01))
rl = threading.RLock()
rl.acquire()
t = threading.Thread(target=check, args=('RLock.acquire()', rl.acquire))
t.start()
t.join()
c = threading.Condition()
with c:
    check('Condition.wait()', c.wait)
    print('lock held again:', c._is_owned())
    check('Condition.wait_for()', c.wait_for, lambda: False)
check('Event.wait()', threading.Event().wait)
check('Semaphore.acquire()', threading.Semaphore(0).acquire)
b = threading.Barrier(2)
check('Barrier.wait()', b.wait)
print(b.broken, isinstance(threading.BrokenBarrierError(), RuntimeError))
def join_main():
    check('Thread.join()', threading.main_thread().join)
t = threading.Thread(target=join_main)
t.start()
t.join()
check('queue.get()', queue.Queue().get)
full = queue.Queue(1)
full.put(0)
check('queue.put()', full.put, 1)
full.get()
check('queue.join()', full.join)
check('queue.get()', queue.SimpleQueue().get)
check('Future.result()', cf.Future().result)
check('concurrent.futures.wait()', cf.wait, [cf.Future()])

# Threads run one after another: a consumer started first finds nothing.
q = queue.Queue()
def consumer():
    print('consumer got', q.get())
threading.Thread(target=consumer, name='consumer').start()
q.put('late')
print('main goes on', q.qsize())
def raw():
    raise ValueError('in raw thread')
_thread.start_new_thread(raw, ())
