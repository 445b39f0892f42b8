# close() of a generator suspended in `yield from` over a plain iterator (no close()),
# over an object whose close() fails, and over a generator.
def over_range():
    yield from range(3)


g = over_range()
print(next(g))
g.close()
print("closed", list(g))


class Closer:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        print("Closer.close")


def over_closer():
    yield from Closer()


g = over_closer()
print(next(g))
g.close()


class BadClose(Closer):
    def close(self):
        raise ValueError("close failed")


def over_bad():
    try:
        yield from BadClose()
    finally:
        print("finally runs")


g = over_bad()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)


def inner():
    try:
        yield 1
    finally:
        print("inner finally")


def outer():
    yield from inner()


g = outer()
next(g)
g.close()
print("done")
