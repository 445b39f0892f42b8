try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)

class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)

e = RuntimeError("r")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
