order = []

def tag(name):
    order.append("factory " + name)
    def deco(f):
        order.append("apply " + name)
        def wrapper(*a):
            return "<" + name + ">" + f(*a) + "</" + name + ">"
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s

print(text("hi"))
print(order)

def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper

def double(f):
    return lambda *a: 2 * f(*a)

@count_calls
@double
def inc(x):
    return x + 1

print(inc(1), inc(10), inc.calls)

class Repeat:
    def __init__(self, n):
        self.n = n
    def __call__(self, f):
        def run(*a):
            return [f(*a) for _ in range(self.n)]
        return run

@Repeat(3)
def hi(x):
    return x
print(hi("x"))
