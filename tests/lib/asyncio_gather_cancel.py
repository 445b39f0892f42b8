# gather(return_exceptions=True) reports a cancelled child as a fresh CancelledError
# whose message is '' (or the cancel message), as CPython 3.11's gather does.
import asyncio

async def slow():
    await asyncio.sleep(10)

async def quick(v):
    await asyncio.sleep(0)
    return v

async def main():
    t1 = asyncio.ensure_future(slow())
    t2 = asyncio.ensure_future(quick(2))
    t3 = asyncio.ensure_future(slow())
    g = asyncio.gather(t1, t2, t3, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel()
    t3.cancel("stop")
    res = await g
    print([repr(r) for r in res])
    print([type(r).__name__ for r in res])

    t4 = asyncio.ensure_future(slow())
    g2 = asyncio.gather(t4)
    await asyncio.sleep(0)
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))

asyncio.run(main())
