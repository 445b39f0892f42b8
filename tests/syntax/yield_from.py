def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("got", r)
    yield 3

print(list(outer()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def delegate():
    result = yield from acc()
    yield "final " + str(result)

d = delegate()
print(next(d))
print(d.send(5))
print(d.send(10))
print(d.send(None))

def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
def wrap():
    yield from thrower()
w = wrap()
print(next(w))
print(w.throw(ValueError("v")))
