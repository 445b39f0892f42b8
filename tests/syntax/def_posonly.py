def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

def g(x, /, **kw):
    return x, kw

print(g(1, x=2))
print(g(1, y=3, x=4))

def h(a, b=2, /, c=3):
    return a, b, c
print(h(1))
print(h(1, 5))
print(h(1, 5, 6))
print(h(1, c=7))
print(h.__code__.co_posonlyargcount)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
