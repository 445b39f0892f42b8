class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("close", self.name, "error:", exc_type.__name__ if exc_type else None)
        return False

with Resource("db") as r:
    print("inside, open =", r.open)
print("after, open =", r.open)
try:
    with Resource("file") as f:
        raise IOError("disk full")
except OSError as e:
    print("caught", type(e).__name__, e)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")

class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter depth", Timer.depth)
        return Timer.depth
    def __exit__(self, *a):
        print("  " * Timer.depth + "exit depth", Timer.depth)
        Timer.depth -= 1
with Timer() as a:
    with Timer() as b:
        with Timer() as c:
            print("depths", a, b, c)
def gen_usage():
    with Resource("in function"):
        return "return value"
print(gen_usage())
