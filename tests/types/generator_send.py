def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(30))
def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
g = gen()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.send("c")
except StopIteration as e:
    print("exhausted again", e.value)
print(type(g).__name__, g.__name__, g.__qualname__)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
def states():
    yield 1
g3 = states()
print(g3.gi_running, g3.gi_frame is not None)
next(g3)
list(g3)
print(g3.gi_frame)
