def f(*args, **kwargs):
    return args, kwargs
a, k = f(1, 2, x=3)
print(type(a).__name__, type(k).__name__, a, k)
lst = [1, 2]
args, _ = f(*lst)
lst.append(3)
print(args, lst)
d = {"x": 1}
_, kw = f(**d)
kw["y"] = 2
print(d, kw, kw is d)
def modify(*args):
    try:
        args[0] = 1
    except TypeError as e:
        return type(e).__name__ + ": " + str(e)
print(modify(0))
def count(*args):
    return len(args)
print(count(), count(None), count(*range(1000)), count(*"abc", *b"de"))
def kwcount(**kw):
    return sorted(kw)
print(kwcount(b=1, a=2), kwcount(**{"z": 0}, **dict(y=1)))
def pass_through(*args, **kwargs):
    return f(*args, **kwargs)
print(pass_through(1, 2, key="v"))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(*"hello"))
def dict_args(**kw):
    return kw
print(dict_args(**{"class": 1, "def": 2}), dict_args(**{"with space": 3}))
def nums(*n):
    return sum(n) / len(n) if n else None
print(nums(1, 2, 3, 4), nums())
big = list(range(10000))
print(count(*big), max(*big), min(*big[:3]))
def positional(a, b, c):
    return a * 100 + b * 10 + c
print(positional(*[1, 2], 3), positional(*(1,), *(2, 3)), positional(1, *[2], **{"c": 3}))
