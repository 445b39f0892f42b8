g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print("x" in globals())
x = "global x"
g = (x for x in "abc")
print(x, list(g), x)

# the first iterable is evaluated immediately, the rest lazily
src = [1, 2, 3]
g = (v for v in src)
src = [9, 9]
print(list(g))

def gen():
    for i in range(3):
        print("produce", i)
        yield i
g = (v * 10 for v in gen())
print("created")
print(next(g))
print(list(g))
try:
    (1 for _ in 5)
except TypeError as e:
    print(type(e).__name__, e)
pairs = ((a, b) for a in range(2) for b in "xy")
print(list(pairs))
print(list(i for i in range(10) if i % 4 == 0))
print(tuple(c for c in "hi"), "".join(c.upper() for c in "hey"))
def f(*args):
    return args
print(f(*(i for i in range(3))))
