# Default values are evaluated once, at def time.
counter = [0]

def next_id():
    counter[0] += 1
    return counter[0]

def f(a, b=next_id(), c="c"):
    return (a, b, c)

print(f(1))
print(f(1))
print(f(1, 2))
print(f(1, c=3))
print(f(a=9, b=8, c=7))
print(f.__defaults__)
print(counter)

x = 10
def g(v=x):
    return v
x = 20
print(g(), g(5))

def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2), h(3, [0]))

def k(a=1, b=2, *, c=3, d):
    return a, b, c, d
print(k(d=4))
print(k(0, d=5, c=6))
print(k.__defaults__, k.__kwdefaults__)
try:
    k()
except TypeError as e:
    print(type(e).__name__, e)
