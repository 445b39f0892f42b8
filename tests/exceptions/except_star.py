# except* (PEP 654): splitting a group over the clauses, wrapping a naked exception,
# re-raising the unhandled rest and what the clauses raise, and the type checks.
import sys
def show(label, e):
    print(label, type(e).__name__, repr(e))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("V", e)
    print(sys.exception() is e)
except* TypeError as e:
    show("T", e)
print("after 1")

try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e)
    print(e.exceptions[0].__traceback__ is e.__traceback__)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as e:
    show("rest", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("reraised", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    show("new", e)
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("naked reraise", e)

try:
    try:
        raise TypeError("x")
    except* ValueError:
        print("no")
except TypeError as e:
    show("naked unmatched", e)

try:
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), KeyError(3)])
    except* (ValueError, KeyError) as e:
        show("tuple", e)
except ExceptionGroup as e:
    show("left", e)

for i in range(3):
    try:
        raise ExceptionGroup("e", [OSError(i)])
    except* OSError as e:
        print("loop", i, e.exceptions)
    else:
        print("else")
    finally:
        print("fin", i)

try:
    pass
except* ValueError:
    pass
else:
    print("else ran")

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TE", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
except TypeError as e:
    print("TE", e)

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        x = 1
    except* TypeError:
        x = 2
    return x, 'e' in dir()
print(f())
print(sys.exception())

# The parts made by split/subgroup never print their context.
eg = ExceptionGroup("x", [ValueError(), TypeError()])
m, r = eg.split(ValueError)
print(m.__suppress_context__, r.__suppress_context__,
      eg.subgroup(ValueError).__suppress_context__, eg.derive([ValueError()]).__suppress_context__)
