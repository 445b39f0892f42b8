class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("a") as x, CM("b") as y:
    print("two items", x, y)

with (CM("p"),
      CM("q") as q):
    print("parenthesized", q)

with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", repr(e))

try:
    with CM("outer"), CM("inner", suppress=True):
        raise TypeError("t")
    print("inner suppressed it")
except TypeError:
    print("not reached")

def f():
    with CM("ret"):
        return "returned"
print(f())

try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
