# Task cancellation, gather/wait/wait_for/as_completed/shield, timeout(), TaskGroup.
import asyncio

async def sleeper(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise ValueError(name)
    return name

async def main():
    t = asyncio.create_task(sleeper("t", 1))
    await asyncio.sleep(0)
    print(t.cancel("stop"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args, t.cancelled(), t.done())
    print(t.cancel())
    try:
        await asyncio.gather(sleeper("g1", 0.01), sleeper("g2", 0, fail=True))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)
    print(await asyncio.gather(sleeper("r1", 0), sleeper("r2", 0, fail=True),
                               return_exceptions=True))
    print(await asyncio.gather())
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in (("w1", 0.01), ("w2", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    try:
        await asyncio.wait_for(sleeper("wf", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, e.__cause__ is not None)
    print(await asyncio.wait_for(sleeper("ok", 0), timeout=1))
    order = []
    for coro in asyncio.as_completed([sleeper("c3", 0.03), sleeper("c1", 0.01),
                                      sleeper("c2", 0.02)]):
        order.append(await coro)
    print(order)
    inner = asyncio.create_task(sleeper("shielded", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())
    try:
        async with asyncio.timeout(0.01) as cm:
            await sleeper("tm", 1)
    except TimeoutError:
        print("timeout expired", cm.expired())
    async with asyncio.timeout(None):
        print("no timeout")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(sleeper("tg1", 0.01))
        b = tg.create_task(sleeper("tg2", 0))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("x", 1))
            tg.create_task(sleeper("bad", 0, fail=True))
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    async def selfcancel():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    try:
        await asyncio.create_task(selfcancel())
    except asyncio.CancelledError:
        print("self cancelled")

asyncio.run(main())

async def leftover():
    asyncio.create_task(sleeper("left behind", 5))
    await asyncio.sleep(0)
    return "main done"
print(asyncio.run(leftover()))
