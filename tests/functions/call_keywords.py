def describe(name, age, city="nowhere", *hobbies, sep=", ", **extra):
    parts = [name, str(age), city]
    parts += hobbies
    parts += [f"{k}={v}" for k, v in extra.items()]
    return sep.join(parts)

print(describe("ann", 30))
print(describe(age=5, name="bo"))
print(describe("cy", 40, "rome", "chess", "golf", sep="|"))
print(describe("di", 22, mood="happy", pet="cat"))
args = ("ed", 50)
kwargs = {"city": "oslo", "sep": "/", "lang": "no"}
print(describe(*args, **kwargs))
print(describe(*["fi", 1, "x", "h1"], **{"z": 0}))
def order(**kw):
    return list(kw)
print(order(b=1, a=2, c=3), order(**{"z": 1, "y": 2}, x=3))
def kwonly_defaults(a, *, b=1, c):
    return a, b, c
print(kwonly_defaults(0, c=2), kwonly_defaults(a=0, c=2, b=5))
def takes_self(self, /, **kw):
    return self, kw
print(takes_self(1, self=2))
try:
    describe("x", 1, name="dup")
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe(**{"name": "x"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly_defaults(1, 2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
def f(a, b):
    return a - b
print(f(b=1, a=10), f(10, b=1), f(*[10], **{"b": 1}))
