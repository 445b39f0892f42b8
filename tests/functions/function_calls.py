def f(a, b, c=3):
    return (a, b, c)

for call in [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4), lambda: f(1, 2, a=1),
             lambda: f(), lambda: f(b=1, c=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def g(a, b, c):
    pass
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
def h():
    pass
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def k(*, x, y):
    pass
try:
    k()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k(x=1)
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def meth(self, a):
        pass
try:
    P().meth()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P().meth(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def outer():
    def inner(q):
        pass
    return inner
try:
    outer()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda z: z)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five(1)
except TypeError as e:
    print(type(e).__name__, e)
