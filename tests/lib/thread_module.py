# _thread: start_new_thread with a lock handshake, idents, locks, stack_size, errors.
import _thread

done = _thread.allocate_lock()
done.acquire()
results = []
main = _thread.get_ident()

def work(a, b, c=0):
    results.append((a + b + c, _thread.get_ident() != main, _thread.get_native_id() > 0))
    done.release()

ident = _thread.start_new_thread(work, (1, 2), {'c': 3})
done.acquire()      # returns once work() has released it
print(results, isinstance(ident, int), ident != main)

for args in [(work,), (1, ()), (work, []), (work, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError', e)

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.stack_size())
print(_thread.stack_size(65536), _thread.stack_size(), _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print('ValueError', e)
print(_thread._count())

def quitter():
    try:
        _thread.exit()
    finally:
        done.release()
_thread.start_new_thread(quitter, ())
done.acquire()
print('exit() ends the thread quietly')

lk = _thread.allocate_lock()
print(type(lk).__name__, lk.acquire_lock(), lk.locked_lock(), lk.release_lock(), lk.locked())
try:
    _thread.LockType()
except TypeError as e:
    print('TypeError', e)
r = _thread.RLock()
print(r.acquire(), r._release_save()[0], r._is_owned(), r.acquire(False))
r.release()
