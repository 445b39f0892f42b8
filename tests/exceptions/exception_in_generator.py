def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted after error"))
def careful():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("  GeneratorExit at close")
        raise
    finally:
        print("  finally of careful")
c = careful()
print(next(c))
c.close()
def resumes():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("  recovered from", repr(e))
r = resumes()
next(r)
print(r.throw(KeyError("k1")))
print(r.throw(KeyError("k2")))
r.close()
def bad_comprehension():
    return [1 / x for x in (1, 0)]
try:
    bad_comprehension()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def stop_inside():
    yield 1
    next(iter([]))
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def ctx():
    try:
        yield
    except Exception as e:
        yield "handled " + type(e).__name__
x = ctx()
next(x)
print(x.throw(TypeError))
