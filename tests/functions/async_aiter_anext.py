# The aiter() and anext() builtins.
class Fut:
    def __await__(self):
        yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    await Fut()
    yield 1
    yield 2

async def main():
    a = aiter(gen())
    print(type(a).__name__, await anext(a), await anext(a, "dflt"))
    print(await anext(a, "dflt"))
    try:
        await anext(a)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    x = anext(a, 5)
    print(type(x).__name__, await x)
    for bad in (aiter, anext):
        try:
            bad(1)
        except TypeError as e:
            print("TypeError", e)
    class A:
        def __aiter__(self):
            return 1
    try:
        aiter(A())
    except TypeError as e:
        print("TypeError", e)
print(run(main()))
