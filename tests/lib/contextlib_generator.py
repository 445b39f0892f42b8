# contextlib.contextmanager: enter/exit, exception propagation and suppression, errors.
from contextlib import contextmanager

@contextmanager
def cm(name, swallow=False):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", repr(e))
        if not swallow:
            raise
    finally:
        print("exit", name)

with cm("a") as v:
    print(v)
with cm("b", True):
    raise ValueError("x")
try:
    with cm("c"):
        raise ValueError("y")
except ValueError as e:
    print("outer", e)
try:
    with cm("d"):
        raise KeyError("k")
except KeyError as e:
    print("outer", repr(e))

@contextmanager
def noyield():
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

@contextmanager
def catcher():
    try:
        yield 1
    except ValueError:
        pass
    yield 2

for make, exc in [(noyield, None), (twice, None), (twice, ValueError), (catcher, ValueError)]:
    try:
        with make():
            if exc:
                raise exc
    except Exception as e:
        print(type(e).__name__, e)
