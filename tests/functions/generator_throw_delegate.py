# generator.throw(): a non-exception from the class is a TypeError; a yield-from
# delegate with its own throw() receives the arguments as given.
class Bad(Exception):
    def __new__(cls, *a):
        return 1
def gen():
    yield
try:
    gen().throw(Bad)
except BaseException as e:
    print("caught", type(e).__name__, e)
g = gen(); next(g)
try:
    g.throw(Bad)
except BaseException as e:
    print("caught", type(e).__name__, e)
class Iter:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print('throw', a)
        if a[0] is KeyError:
            raise StopIteration("done")
        if a[0] is ValueError:
            raise IndexError("from delegate")
        return 456
def gen2():
    r = yield from Iter()
    print("result", r)
    yield "after"
g = gen2(); next(g)
print(g.throw(123))
print(g.throw(ZeroDivisionError))
print(g.throw(ZeroDivisionError, ZeroDivisionError(5)))
print(g.throw(KeyError))
g = gen2(); next(g)
try:
    g.throw(ValueError)
except IndexError as e:
    print("IndexError", e)
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 2
def gen3():
    try:
        yield from NoThrow()
    except ZeroDivisionError as e:
        print("caught in gen3", repr(e))
        yield "handled"
g = gen3(); next(g)
print(g.throw(ZeroDivisionError))
g = gen2(); next(g)
g.close()
print("closed")
