# An uncaught exception group is drawn with nested boxes; the rest left by except*
# keeps the original nesting and does not print its context.
def f():
    raise ValueError(1)


def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("many", [e, TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])


try:
    g()
except* TypeError:
    print("handled the TypeError")
