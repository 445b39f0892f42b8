# Suspended coroutines and async generators in reference cycles are collected; their
# frames are traversed (a finally block runs when the collector closes them).
import gc
gc.disable()

class Fut:
    def __await__(self):
        yield "wait"

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

async def coro(box):
    local = Noisy("coro local")
    box.append(local)
    try:
        await Fut()
    finally:
        print("coro finally")

box = []
c = coro(box)
c.send(None)
box.append(c)          # cycle: c -> frame -> box -> c
del c, box
print("collected", gc.collect() > 0)

async def agen(holder):
    holder.append(Noisy("agen local"))
    try:
        yield 1
    finally:
        print("agen finally")

holder = []
g = agen(holder)
holder.append(g)
an = g.__anext__()
try:
    an.send(None)
except StopIteration as e:
    print("first value", e.value)
del g, holder, an
print("collected", gc.collect() > 0)

async def never():
    pass
n = never()
n.close()              # closed before running: no warning
del n
print("done")
