# queue: FIFO, LIFO, priority and simple queues, used without threads.
import queue


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, repr(e), e)


q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
q.put_nowait('five')
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.get(timeout=1))
print(q.empty())
show(q.get_nowait)
show(q.get, False)
show(q.get, True, 0)
show(q.get, timeout=0.01)
show(q.get, timeout=-1)
show(q.get, False, -1)

# bounded queue
b = queue.Queue(maxsize=2)
b.put('a')
b.put('b', timeout=1)
print(b.full(), b.qsize())
show(b.put_nowait, 'c')
show(b.put, 'c', False)
show(b.put, 'c', timeout=0)
show(b.put, 'c', timeout=-0.5)
print(b.get(), b.full())
b.put('c', block=False)
print(list(b.queue))
print(queue.Queue(-1).full(), queue.Queue(0).full())
z = queue.Queue(-3)
for i in range(10):
    z.put(i)
print(z.qsize(), z.full())

# task_done and join
t = queue.Queue()
t.join()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
print(t.unfinished_tasks)
t.join()
show(t.task_done)
print(t.unfinished_tasks)

# LifoQueue
lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print(lq.qsize(), lq.get(), lq.get(), lq.get(), lq.empty())
show(lq.get_nowait)

# PriorityQueue
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
show(pq.get, block=False)
pq3 = queue.PriorityQueue(3)
for v in [9, 4, 7]:
    pq3.put(v)
show(pq3.put_nowait, 1)
print(pq3.get(), pq3.get(), pq3.get())

# subclass with custom storage
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()

s = SortedQueue()
for v in [5, 1, 4]:
    s.put(v)
print(s.get(), s.get(), s.get())

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False)
sq.put(3, timeout=-1)
sq.put_nowait(4)
print(sq.qsize(), sq.empty())
print(sq.get(), sq.get(False), sq.get(timeout=0), sq.get_nowait())
show(sq.get_nowait)
show(sq.get, False)
show(sq.get, timeout=0.01)
show(sq.get, timeout=-1)
sq.put('x')
show(sq.get, timeout=-1)
print(sq.get(False, -1))

# exceptions and generic aliases
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__doc__)
print(queue.Full.__doc__)
print(queue.Queue[int], queue.LifoQueue[str].__origin__ is queue.LifoQueue)
print(sorted(queue.__all__))
