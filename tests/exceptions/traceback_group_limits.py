# Groups wider than 15 and chained groups: the "and N more exceptions" line.
def inner():
    raise ExceptionGroup("deep", [ValueError(i) for i in range(17)])
try:
    inner()
except Exception as e:
    try:
        raise KeyError("x")
    except KeyError as k:
        raise ExceptionGroup("outer", [k, BaseExceptionGroup("b", [e])]) from None
