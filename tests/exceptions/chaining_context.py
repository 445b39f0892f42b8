try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("direct") from z
except ValueError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)
try:
    nested()
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError("a")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(repr(e), repr(e.__context__))
e = ValueError()
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError("same")
except ValueError as v:
    try:
        raise v
    except ValueError as v2:
        print(v2 is v, v2.__context__)
