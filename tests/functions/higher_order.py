def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

def curry(f, a):
    return lambda b: f(a, b)
add5 = curry(lambda a, b: a + b, 5)
print(add5(10), list(map(add5, [1, 2])))

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))

funcs = {"sq": lambda x: x * x, "neg": lambda x: -x, "str": str}
print({name: f(4) for name, f in funcs.items()})
print(list(map(len, ["a", "bb", "ccc"])), list(filter(str.isdigit, ["1", "a", "22"])))
def accumulate(it, f):
    total = None
    out = []
    for x in it:
        total = x if total is None else f(total, x)
        out.append(total)
    return out
print(accumulate([1, 2, 3, 4], lambda a, b: a * b), accumulate("abc", lambda a, b: a + b))
methods = [str.upper, str.lower, str.title]
print([m("hello WORLD") for m in methods])
print(sorted(["b", "C", "a"], key=str.lower), max(["x", "yyy", "zz"], key=len))
bound = [1, 2, 3].__len__
print(bound(), (5).__add__(3), "".join.__self__ == "")
