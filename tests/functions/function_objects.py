def square(x):
    return x * x
alias = square
print(alias is square, alias(4), alias.__name__)
funcs = [square, abs, str.upper, len]
print([f.__name__ for f in funcs])
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def hello():
    return "hello"
print(registry["hello"](), hello is registry["hello"])
print(square == square, square != abs, hash(square) == hash(square))
s = {square, square, abs}
print(len(s))
def make():
    def inner():
        pass
    return inner
i1, i2 = make(), make()
print(i1 == i2, i1.__code__ is i2.__code__, i1.__qualname__)
print(callable(square), isinstance(square, object), type(square).__name__)
square.calls = 0
def counted(x):
    counted.calls += 1
    return x
counted.calls = 0
for i in range(5):
    counted(i)
print(counted.calls, sorted(counted.__dict__))
def add(a, b):
    return a + b
ops = {"+": add, "*": lambda a, b: a * b, "max": max}
print({k: f(3, 4) for k, f in ops.items()})
print(add.__code__.co_varnames, add.__code__.co_argcount, add.__code__.co_name)
def returns_function(which):
    return {"sq": square, "neg": lambda v: -v}[which]
print(returns_function("sq")(5), returns_function("neg")(5))
print(sorted([3, -1, 2], key=square), list(map(square, range(4))))
