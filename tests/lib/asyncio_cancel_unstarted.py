# Cancelling a task before its first step: the coroutine body never runs.
import asyncio
async def worker():
    try:
        print("worker started")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker cancelled inside")
        raise
    finally:
        print("worker finally")
async def main():
    t = asyncio.create_task(worker())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled())
    t2 = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("main saw cancel 2", t2.cancelled())
asyncio.run(main())
