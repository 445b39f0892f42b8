def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])

def make_adders_factory():
    def adder(i):
        return lambda x: x + i
    return [adder(i) for i in range(3)]
print([f(10) for f in make_adders_factory()])

def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())

def cells():
    a = "A"
    b = "B"
    def f():
        return a + b
    return f
f = cells()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
print(outer.__code__.co_cellvars, cells.__closure__)

def shared():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = shared()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0])

def unbound():
    def f():
        return late
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return f()
print(unbound())

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
c1, c2 = counter_gen(), counter_gen()
print(c1(), c1(), c2(), c1())
