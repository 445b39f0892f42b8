def f():
    a = 1
    names = sorted(locals())
    return names, [n for n in names if n == "a"]
print(f())
def g():
    x = 5
    inside = [x for _ in range(2)]
    return inside, sorted(locals())
print(g())
def h():
    result = {k: v for k, v in locals().items()}
    return result
print(h())
def outer():
    y = 1
    def inner():
        return [y for _ in range(1)], sorted(locals())
    return inner()
print(outer())
def modifies():
    loc = locals()
    loc["z"] = 3
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(modifies())
print([type(globals()).__name__ for _ in range(1)])
print(sorted(k for k in (lambda: locals())().keys()))
print((lambda a, b=2: sorted(locals().items()))(1))
def generator_locals():
    n = 0
    yield sorted(locals())
    n += 1
    yield dict(locals())
print(list(generator_locals()))
