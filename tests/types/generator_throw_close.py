def worker():
    try:
        while True:
            try:
                x = yield
                print("work", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad value"))
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")

def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = catches_exit()
next(g)
g.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def unstarted():
    print("never runs")
    yield
g = unstarted()
g.close()
try:
    g.throw(TypeError, TypeError("direct"))
except TypeError as e:
    print("unstarted throw:", e)
