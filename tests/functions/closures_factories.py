def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__closure__[0].cell_contents)
def make_accumulator():
    total = []
    def acc(x):
        total.append(x)
        return sum(total)
    return acc
a = make_accumulator()
print(a(1), a(2), a(10))
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2)
print(size(), pop(), size())
def counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        count = start
    step.reset = reset
    return step
c = counter(10)
print(c(), c(5), c.reset(), c())
def make_handlers():
    handlers = {}
    for event in ("click", "key"):
        handlers[event] = lambda e=event: "handled " + e
    return handlers
h = make_handlers()
print(h["click"](), h["key"]())
def bad_handlers():
    return [lambda: event for event in ("click", "key")]
print([f() for f in bad_handlers()])
def memoize(f):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapped.cache = cache
    return wrapped
@memoize
def slow_add(a, b):
    return a + b
print(slow_add(1, 2), slow_add(1, 2), len(slow_add.cache))
def outer():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = outer()
s(42)
print(g(), g.__closure__[0] is s.__closure__[0])
