# threading: Lock, RLock (owners, recursion), Semaphore, BoundedSemaphore.
import threading, _thread

def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def short(o):
    return repr(o).split(' at 0x')[0].replace(str(threading.get_ident()), 'ME')

lk = threading.Lock()
print(type(lk), short(lk), lk.locked())
print(lk.acquire(), short(lk), lk.acquire(False), lk.acquire(blocking=False),
      lk.acquire(timeout=0), lk.acquire(True, 0.01))
print(err(lk.acquire, False, 1), err(lk.acquire, True, -2), err(lk.acquire, timeout='1'))
lk.release()
print(err(lk.release))
with lk:
    print('with', lk.locked())
print(lk.locked())

# another thread may release a plain lock
lk.acquire()
t = threading.Thread(target=lk.release)
t.start()
t.join()
print('released by thread', lk.locked(), lk.acquire())
lk.release()

rl = threading.RLock()
print(type(rl), short(rl))
print(rl.acquire(), rl.acquire(), short(rl), rl._is_owned())
def other():
    print(' other thread:', rl.acquire(False), rl.acquire(timeout=0.01), rl._is_owned(),
          err(rl.release))
t = threading.Thread(target=other)
t.start()
t.join()
rl.release()
rl.release()
print(err(rl.release), short(rl), rl._is_owned())
with rl, rl:
    print('nested with', short(rl))

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s._value)
s.release(2)
print(s._value, err(s.release, 0), err(threading.Semaphore, -1), err(s.acquire, False, 1))
with s:
    print('sem with', s._value)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
print(err(b.release), b._value)
print(_thread.allocate_lock is threading.Lock, threading._CRLock is _thread.RLock,
      _thread.LockType is type(lk), threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
