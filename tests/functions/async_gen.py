# Async generators driven by hand: __anext__/asend/athrow/aclose, StopAsyncIteration.
class Fut:
    def __await__(self):
        v = yield "tick"
        return v

def run(coro):
    """Drive a coroutine, answering each yield with a counter; returns its result."""
    n = 0
    try:
        while True:
            coro.send(n if n else None)
            n += 1
    except StopIteration as e:
        return e.value

async def agen(k):
    for i in range(k):
        got = await Fut()
        x = yield i
        print("agen got", got, x)

g = agen(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
print(agen.__code__.co_flags & 0x200 != 0)
print(g.__aiter__() is g)
an = g.__anext__()
print(type(an).__name__)
print(an.send(None))
try:
    an.send(7)
except StopIteration as e:
    print("yielded", e.value)
print(run(g.asend("hello")))

async def consume():
    out = []
    async for v in agen(2):
        out.append(v)
    return out
print(run(consume()))

async def counting():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
async def partial():
    g = counting()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
run(partial())

async def thrower():
    try:
        yield 1
    except KeyError as e:
        print("agen caught", repr(e))
        yield 99
async def use_athrow():
    g = thrower()
    await g.__anext__()
    print(await g.athrow(KeyError("k")))
run(use_athrow())

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def bad_close():
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
run(bad_close())

async def empty():
    return
    yield
async def exhaust():
    try:
        await empty().__anext__()
    except StopAsyncIteration as e:
        print("empty:", type(e).__name__)
run(exhaust())
async def raises_sai():
    raise StopAsyncIteration
    yield
async def wrap():
    try:
        await raises_sai().__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
run(wrap())
