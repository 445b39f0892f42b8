# Tracebacks through awaited coroutines, async generators and async with (to stdout).
import sys, traceback

class Fut:
    def __await__(self):
        yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def leaf(x):
    await Fut()
    return 10 // x

async def middle(x):
    return await leaf(x) + 1

async def agen():
    yield await middle(1)
    yield await middle(0)

async def top():
    async for v in agen():
        print("value", v)

try:
    run(top())
except ZeroDivisionError:
    sys.stdout.write(traceback.format_exc().replace(__file__, "FILE"))

class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        raise KeyError("from aexit")

async def uses_cm():
    async with CM():
        raise ValueError("inner")

try:
    run(uses_cm())
except KeyError:
    sys.stdout.write(traceback.format_exc().replace(__file__, "FILE"))
