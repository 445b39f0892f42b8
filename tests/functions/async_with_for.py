# async with / async for / async comprehensions, with user-defined protocols and errors.
class Fut:
    def __await__(self):
        yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Fut()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Fut()
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress

class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Fut()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with Manager("a") as x, Manager("b") as y:
        print("body", x, y)
    async with Manager("s", suppress=True):
        raise ValueError("hidden")
    try:
        async with Manager("t"):
            raise KeyError("shown")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
    async for v in Ticker(3):
        print("tick", v)
    else:
        print("else ran")
    async for v in Ticker(5):
        if v == 2:
            break
    print("broke at", v)
    print([v * 10 async for v in Ticker(3)])
    print({v async for v in Ticker(2)}, {v: -v async for v in Ticker(2)})
    print([w async for v in Ticker(2) for w in range(v)])
    print([await Fut() for _ in range(2)])
    gen = (v + 1 async for v in Ticker(3))
    print(type(gen).__name__, [x async for x in gen])
    return "main done"

print(run(main()))

async def errors():
    for obj in (1, object()):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError", e)
    class NoNext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoNext():
            pass
    except TypeError as e:
        print("TypeError", e)
    class BadEnter:
        async def __aexit__(self, *a): pass
        def __aenter__(self): return 1
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError", e)
    class BadAnext:
        def __aiter__(self): return self
        def __anext__(self): return 3
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError", e)
run(errors())
