# return/break/continue/exceptions unwinding through async with and async for.
class Fut:
    def __await__(self):
        yield "tick"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class M:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        await Fut(); print("enter", self.n); return self
    async def __aexit__(self, *a):
        await Fut(); print("exit", self.n, a[0]); return False
class T:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await Fut()
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1; return self.i
async def f1():
    async with M(1):
        return "ret from with"
async def f2():
    for i in range(3):
        async with M(i):
            if i == 0: continue
            break
    return i
async def f3():
    async for x in T(5):
        if x == 3:
            return x * 100
async def f4():
    try:
        async for x in T(5):
            if x == 2: raise KeyError(x)
    except KeyError as e:
        return "keyerror %s" % e
async def f5():
    async with M("outer"):
        async for x in T(2):
            async with M(x):
                pass
    return "nested"
async def agen():
    async with M("ag"):
        yield 1
        yield 2
async def f6():
    return [x async for x in agen()]
async def f7():
    try:
        async with M("exc"):
            1/0
    except ZeroDivisionError:
        return "zde"
async def f8():
    r = []
    async for a in T(2):
        async for b in T(2):
            r.append((a, b))
    else:
        r.append("else")
    return r
async def f9():
    return await (await_me() )
async def await_me():
    return [await Fut() or i async for i in T(3) if i != 2]
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    print(f.__name__, run(f()))
