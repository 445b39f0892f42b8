# asyncio.run, sleep ordering, create_task, Future, loop API, errors.
import asyncio

async def step(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name * n

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    a = asyncio.create_task(step("a", 3, 0))
    b = asyncio.create_task(step("b", 2, 0))
    print("tasks made", a.done(), b.get_name().startswith("Task-"))
    print(await a, await b)
    # timers fire in deadline order
    t = [asyncio.create_task(step(n, 1, d)) for n, d in (("slow", 0.03), ("fast", 0.01))]
    print(await asyncio.gather(*t))
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from timer")
    loop.call_soon(print, "call_soon ran")
    print(await fut, fut.done(), fut.result())
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2.set_exception(KeyError("k"))
    try:
        await f2
    except KeyError as e:
        print("awaited exception", repr(e))
    f3 = loop.create_future()
    f3.add_done_callback(lambda f: print("callback saw", f.result()))
    f3.set_result(3)
    await asyncio.sleep(0)
    print(asyncio.current_task() is not None, len(asyncio.all_tasks()))
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(fut))
    return "main result"

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)

async def fails():
    await asyncio.sleep(0)
    raise ZeroDivisionError("in task")
try:
    asyncio.run(fails())
except ZeroDivisionError as e:
    print("propagated", e)

loop = asyncio.new_event_loop()
print(loop.run_until_complete(step("x", 1, 0)))
loop.close()
print(loop.is_closed())
