# Coroutines driven by hand with send(): await chains, __await__, attributes, repr.
class Fut:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return (self.tag, got)

async def inner(n):
    a = await Fut("a%d" % n)
    b = await Fut("b%d" % n)
    return [a, b]

async def outer():
    r = await inner(1)
    print("inner gave", r)
    return len(r)

c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object outer at 0x"))
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("StopIteration", e.value)
print(c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def f(): return 42
print(f.__code__.co_flags & 0x80 != 0, f.__code__.co_flags & 0x20 != 0)
c = f()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

# throw() and close()
async def guarded():
    try:
        await Fut("x")
    except ValueError as e:
        print("caught", e)
        await Fut("y")
    return "done"
c = guarded()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send(None)
except StopIteration as e:
    print("done:", e.value)
async def stubborn():
    try:
        await Fut("z")
    except GeneratorExit:
        await Fut("again")
c = stubborn(); c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
c = f(); c.close(); print("closed unstarted")
# __await__ wrapper
w = f().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper value", e.value)
class Bad:
    def __await__(self):
        return 5
async def use(x):
    return await x
for x in (1, Bad()):
    try:
        use(x).send(None)
    except TypeError as e:
        print("TypeError", e)
