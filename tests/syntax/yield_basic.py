def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    next(e)
except StopIteration as s:
    print("returned", s.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
print(list(x for x in gen()))
def empty():
    return
    yield
print(list(empty()))
