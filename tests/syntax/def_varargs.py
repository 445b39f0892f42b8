def f(*args):
    return args

print(f())
print(f(1))
print(f(1, 2, 3))
print(type(f()).__name__)

def g(a, b, *rest):
    return a, b, rest

print(g(1, 2))
print(g(1, 2, 3, 4))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)

def h(*args, sep="-"):
    return sep.join(str(a) for a in args)

print(h(1, 2, 3))
print(h(1, 2, 3, sep="+"))

args = [4, 5, 6]
print(f(*args))
print(f(*args, *"ab"))
print(f(0, *args, 7))
print(g(*range(5)))

def count(*a):
    return len(a)
print(count(*[], *(), *""))
print(count(*range(100)))
