# types / inspect / collections.abc support for coroutines and async generators.
import types, inspect
from collections import abc

async def coro_fn():
    return 1
async def agen_fn():
    yield 1
def gen_fn():
    yield 2

c = coro_fn()
ag = agen_fn()
print(type(c) is types.CoroutineType, type(ag) is types.AsyncGeneratorType)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(inspect.iscoroutinefunction(coro_fn), inspect.iscoroutinefunction(gen_fn))
print(inspect.isasyncgenfunction(agen_fn), inspect.isasyncgenfunction(coro_fn))
print(inspect.iscoroutine(c), inspect.iscoroutine(ag), inspect.isasyncgen(ag))
print(inspect.isawaitable(c), inspect.isawaitable(ag), inspect.isawaitable(3))
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
print(isinstance(ag, abc.AsyncGenerator), isinstance(ag, abc.AsyncIterator),
      isinstance(ag, abc.AsyncIterable), isinstance(ag, abc.Coroutine))
print(isinstance(gen_fn(), abc.Awaitable), isinstance(c, abc.Iterable))
c.close()

class Ticker(abc.AsyncIterator):
    def __init__(self):
        self.n = 0
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

async def collect():
    return [x async for x in Ticker()]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect()))
print(issubclass(Ticker, abc.AsyncIterable), Ticker().__aiter__().__class__.__name__)

@types.coroutine
def legacy():
    x = yield "suspend"
    return x + 1

async def uses_legacy():
    return await legacy()

u = uses_legacy()
print(u.send(None))
try:
    u.send(41)
except StopIteration as e:
    print("legacy result", e.value)
print(types.coroutine(coro_fn) is coro_fn, legacy.__name__)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
print(inspect.isawaitable(legacy()))
