# queue with threading: a producer thread, a worker marking task_done, join, timeouts.
import queue, threading, time

q = queue.Queue()
def produce(n):
    for i in range(n):
        q.put(i * i)
    q.put(None)
t = threading.Thread(target=produce, args=(4,))
t.start()
t.join()
items = []
while (x := q.get()) is not None:
    items.append(x)
    q.task_done()
q.task_done()
q.join()
print(items, q.empty(), q.unfinished_tasks)

jobs = queue.Queue()
for j in 'abc':
    jobs.put(j)
done = []
def worker():
    while True:
        try:
            j = jobs.get_nowait()
        except queue.Empty:
            return
        done.append(j.upper())
        jobs.task_done()
w = threading.Thread(target=worker)
w.start()
jobs.join()
w.join()
print(done, jobs.qsize())

t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print('Empty after timeout', time.monotonic() - t0 >= 0.04)
b = queue.Queue(1)
b.put(1)
try:
    b.put(2, timeout=0.01)
except queue.Full:
    print('Full after timeout')

# an item put by a Timer while the main thread waits in get()
tq = queue.Queue()
threading.Timer(0.02, tq.put, args=['from timer']).start()
print(tq.get())
sq = queue.SimpleQueue()
threading.Timer(0.02, sq.put, args=['simple']).start()
print(sq.get(timeout=5))
print(type(q.mutex).__name__, type(q.not_empty).__name__, q.not_full._lock is q.mutex)
