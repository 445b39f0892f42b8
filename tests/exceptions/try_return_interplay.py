def a():
    try:
        return "try"
    except Exception:
        return "except"
    finally:
        print("  a finally")
def b():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("  b finally")
def c():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop done"
def d():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def e():
    try:
        try:
            return "inner"
        finally:
            raise KeyError("from inner finally")
    except KeyError as err:
        return "outer caught " + repr(err)
def f():
    while True:
        try:
            break
        finally:
            print("  f finally on break")
    return "after loop"
for fn in (a, b, c, d, e, f):
    print(fn.__name__, fn())
