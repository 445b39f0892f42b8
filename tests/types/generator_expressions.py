def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)), sum(squares(4)), max(squares(3)))
g = squares(3)
print(iter(g) is g, next(g), next(g), next(g), next(g, "stop"))
def pipeline(data):
    evens = (x for x in data if x % 2 == 0)
    doubled = (x * 2 for x in evens)
    return list(doubled)
print(pipeline(range(10)))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        n += 1
        yield n
print(take(5, naturals()), take(3, (x * x for x in naturals())))
def lazy():
    print("step 1")
    yield "a"
    print("step 2")
    yield "b"
for item in lazy():
    print("got", item)
print(list(zip(squares(3), "abc")))
def gen_with_args(*args, **kw):
    yield args
    yield kw
print(list(gen_with_args(1, 2, k=3)))
g = (i for i in range(3))
print(g.__name__, type(g).__name__, list(g))
def counter():
    c = 0
    while c < 3:
        c += 1
        received = yield c
        if received:
            c = 0
gg = counter()
print(next(gg), next(gg), gg.send(True), next(gg), next(gg), next(gg, "end"))
