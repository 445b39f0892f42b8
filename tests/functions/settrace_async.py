# sys.settrace: async for over an async iterator and an async generator.
import sys
from _tracelog import run

class AIt:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= 2:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def afor():
    t = 0
    async for v in AIt():
        t += v
    return t

async def agen():
    yield 1
    yield 2

async def use_agen():
    r = []
    async for v in agen():
        r.append(v)
    return r

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def run_afor():
    return drive(afor())

def run_agen():
    return drive(use_agen())

run(run_afor)
run(run_agen)
