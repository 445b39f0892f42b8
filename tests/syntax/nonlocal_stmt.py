def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())

def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = pair()
put(42)
print(get())

def shadowing():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x
print(shadowing())

def loop_cells():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_cells())
print(c.__closure__[0].cell_contents, c.__code__.co_freevars)
