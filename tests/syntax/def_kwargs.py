def f(**kw):
    return kw

print(f())
print(f(a=1, b=2))
print(type(f()).__name__)
d = {"x": 1, "y": 2}
print(f(**d))
print(f(**d, z=3))
print(f(z=0, **d))
print(f(**{"a": 1}, **{"b": 2}))
print(f(**d) is d, f(**d) == d)

def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(**{"a": 1, "c": 2, "zz": 3}))
try:
    g(1, a=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
