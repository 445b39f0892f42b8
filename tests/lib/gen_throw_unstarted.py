# throw() into a generator / coroutine / async generator that has not started:
# raised without entering the body (its handlers do not run); it is then finished.
import sys, traceback, types

def g():
    try:
        yield 1
    except ValueError:
        print("except ran")
        yield 2

it = g()
try:
    it.throw(ValueError)
except ValueError:
    print("propagated")
print(next(it, "exhausted"), it.gi_frame, it.gi_running)

def h():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

it = h()
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
    tb = e.__traceback__
    while tb:
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
print(list(it))
try:
    it.throw(KeyError("again"))
except KeyError as e:
    print("finished gen rethrows", repr(e))

# StopIteration thrown in: converted, as after any frame exit
it = h()
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# GeneratorExit into an unstarted generator: propagates, gen finished
it = h()
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
print(it.gi_frame)

# close() on an unstarted generator: no finally runs
it = h()
it.close()
print("closed", list(it))

# throw with value/traceback forms
it = h()
try:
    it.throw(ValueError, ValueError("v"), None)
except ValueError as e:
    print("3-arg", e)

# a started generator still runs its handlers
it = g()
next(it)
print(it.throw(ValueError))

# yield from an unstarted sub-generator
def outer():
    try:
        yield from h()
    except KeyError:
        print("outer caught")
        yield "o"
o = outer()
print(next(o))   # starts h, prints body
print(o.throw(KeyError))

# coroutines
async def coro():
    try:
        print("coro body")
        await types.coroutine(lambda: (yield "sus"))()
    except ValueError:
        print("coro except ran")
        return "handled"
    finally:
        print("coro finally")

c = coro()
try:
    c.throw(ValueError("c"))
except ValueError as e:
    print("coro propagated", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

c = coro()
print(c.send(None))
try:
    c.throw(ValueError("c2"))
except StopIteration as e:
    print("StopIteration", e.value)

c = coro()
w = c.__await__()
try:
    w.throw(KeyError("w"))
except KeyError as e:
    print("wrapper propagated", repr(e))
c.close()

# async generators
async def agen():
    try:
        print("agen body")
        yield 1
    except ValueError:
        print("agen except ran")
        yield 2
    finally:
        print("agen finally")

def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

a = agen()
try:
    run(a.athrow(ValueError("a")))
except ValueError as e:
    print("athrow propagated", e)
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

a = agen()
print(run(a.__anext__()))
print(run(a.athrow(ValueError)))
run(a.aclose())

a = agen()
print(run(a.aclose()), "aclose unstarted")
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")
