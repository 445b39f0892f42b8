def f(a, *, key, flag=False):
    return a, key, flag

print(f(1, key=2))
print(f(1, flag=True, key="k"))
for call in (lambda: f(1, 2), lambda: f(1), lambda: f(1, key=2, other=3)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def g(*args, a, b):
    return args, a, b

print(g(b=1, a=2))
print(g(1, 2, a=3, b=4))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def h(*, x, y=5, z):
    return x + y + z
print(h(x=1, z=2))
print(h.__kwdefaults__)
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
print(h.__code__.co_kwonlyargcount, h.__code__.co_argcount)
