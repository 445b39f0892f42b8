# asyncio.Queue producer/consumer ordering, bounded queues, join, Event, Lock, Semaphore.
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
        print("put", name, i, q.qsize())
    print("producer", name, "done")

async def consumer(q, name, out):
    while True:
        item = await q.get()
        print(name, "got", item)
        out.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    out = []
    consumers = [asyncio.create_task(consumer(q, "c%d" % i, out)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 5), producer(q, "r", 2))
    await q.join()
    print("joined", len(out))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait(1)
    try:
        q3.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError", e)
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

    ev = asyncio.Event()
    async def waiter(n):
        print("waiting", n)
        await ev.wait()
        print("woke", n)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)

    lock = asyncio.Lock()
    async def critical(n):
        async with lock:
            print("enter", n, lock.locked())
            await asyncio.sleep(0)
            print("leave", n)
    await asyncio.gather(*(critical(i) for i in range(3)))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    sem = asyncio.Semaphore(2)
    active = []
    async def limited(n):
        async with sem:
            active.append(n)
            print("running", n, len(active))
            await asyncio.sleep(0)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
