def inner():
    try:
        raise ValueError("original")
    except ValueError:
        print("inner handler")
        raise

try:
    inner()
except ValueError as e:
    print("re-raised:", type(e).__name__, e)

def reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("converted") from e

try:
    reraise_other()
except RuntimeError as e:
    print(e, "cause:", type(e.__cause__).__name__, e.__cause__)

try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise KeyError("b")
        except KeyError:
            pass
        raise
except TypeError as e:
    print("bare raise restores the outer exception:", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        deep(n - 1)
    except IndexError:
        print("level", n, "passes it on")
        raise
try:
    deep(3)
except IndexError as e:
    print("top got", e)
