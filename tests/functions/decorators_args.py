def repeat(times):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        wrapper.__name__ = f.__name__
        wrapper.__wrapped__ = f
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("x"), greet.__name__, greet.__wrapped__("y"))
def prefix(p):
    return lambda f: lambda *a: p + f(*a)
@prefix("<")
@prefix("[")
def word(w):
    return w
print(word("w"))
def validate(**types):
    def deco(f):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return f(**kwargs)
        return wrapper
    return deco
@validate(n=int, s=str)
def build(n, s):
    return s * n
print(build(n=2, s="ab"))
try:
    build(n="2", s="ab")
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def log_calls(f):
    def wrapper(*a):
        calls.append((f.__name__, a))
        return f(*a)
    return wrapper
class Calc:
    @log_calls
    def add(self, a, b):
        return a + b
    @staticmethod
    @log_calls
    def neg(a):
        return -a
c = Calc()
print(c.add(1, 2), Calc.neg(5), [(n, a[1:] if n == "add" else a) for n, a in calls])
def once(f):
    done = []
    def wrapper():
        if not done:
            done.append(f())
        return done[0]
    return wrapper
@once
def init():
    print("  init runs")
    return "initialised"
print(init(), init())
