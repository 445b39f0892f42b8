it = iter([])
try:
    next(it)
except StopIteration as e:
    print("direct:", repr(e), e.value, e.args)
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print("generator return:", e.value, e.args)
def inner():
    raise StopIteration("leaked")
def gen2():
    yield inner()
try:
    next(gen2())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    list(x for x in [inner()])
except StopIteration as e:
    print("outside generator frame stays StopIteration:", e)
def gen3():
    try:
        yield 1
        next(iter(()))
    except StopIteration:
        yield "caught inside generator"
print(list(gen3()))
print([x for x in iter([1, 2, 3]) if x != 2])
class Manual:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)
for _ in Manual():
    pass
print("for swallows StopIteration from __next__")
s = StopIteration(1, 2)
print(s.value, s.args)
print(issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception))
