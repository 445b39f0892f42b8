# A task whose exception is never retrieved is reported when it is destroyed.
import asyncio
async def bad():
    raise ValueError("lost")
async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    del t
    print("main end")
asyncio.run(main())
print("after")
