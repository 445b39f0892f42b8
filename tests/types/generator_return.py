def g():
    yield 1
    return "result"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)

def h():
    return [1, 2]
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value)

def leak():
    yield 1
    raise StopIteration("inside")
it = leak()
next(it)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

def wrap():
    r = yield from g()
    return "wrapped " + r
it = wrap()
print(list(it))
try:
    next(wrap().__iter__()) and None
except StopIteration:
    pass
x = wrap()
next(x)
try:
    next(x)
except StopIteration as e:
    print(e.value)

def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
for v in finally_gen():
    print(v)
    break
print("after break")
gen = finally_gen()
next(gen)
del gen
print("after del")
def infinite():
    n = 0
    while True:
        yield n
        n += 1
print([v for _, v in zip(range(5), infinite())])
