# threading: Thread start/join, names, current_thread, is_alive, repr, subclasses.
import threading

def show(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), 'ID')
    return r

def work(a, b=0, *, c=1):
    cur = threading.current_thread()
    print('work', a, b, c, cur.name, cur is t, cur.is_alive(), cur.daemon)
    print(' inside:', show(cur), threading.active_count(),
          [x.name for x in threading.enumerate()])
    print(' ident differs from main:', threading.get_ident() != main_ident,
          threading.get_native_id() != main_native)

main_ident = threading.get_ident()
main_native = threading.get_native_id()
t = threading.Thread(target=work, args=(1,), kwargs={'b': 2, 'c': 3})
print(show(t), t.ident, t.native_id, t.is_alive())
t.start()
t.join()
print(show(t), t.is_alive(), t.ident is not None, t.ident != main_ident)
t.join(0.01)
print(threading.active_count(), [x.name for x in threading.enumerate()])

# names: Thread-N counts only unnamed threads; "(target)" when there is one
print(threading.Thread().name, threading.Thread(target=len).name,
      threading.Thread(name='x').name, threading.Thread(name=7).name,
      threading.Thread(target=work).name)

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name='worker-%d' % n, daemon=True)
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 10
        print('run', self.name, threading.current_thread() is self, self.daemon)

ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
    w.join()
print([w.result for w in ws], show(ws[0]))

m = threading.main_thread()
print(m is threading.current_thread(), m.name, m.daemon, m.is_alive(), show(m))
print(m.ident == main_ident, m.native_id == main_native)

# errors
t = threading.Thread(target=int)
for what in (t.join, lambda: m.join()):
    try:
        what()
    except RuntimeError as e:
        print('RuntimeError', e)
t.daemon = True
t.start()
for what in (t.start, lambda: setattr(t, 'daemon', False)):
    try:
        what()
    except RuntimeError as e:
        print('RuntimeError', e)
t.join()
print(t.daemon, show(t))
