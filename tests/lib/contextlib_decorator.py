# contextlib.contextmanager: exception conversion inside the generator, use as a decorator.
from contextlib import contextmanager


@contextmanager
def cm(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)


@contextmanager
def convert():
    try:
        yield
    except KeyError as e:
        raise TypeError("converted") from e

try:
    with convert():
        {}['q']
except TypeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

@cm("deco")
def f(x):
    """doc of f"""
    print("in f", x)
    return x * 2

print(f(2), f(3), f.__name__, f.__doc__)
