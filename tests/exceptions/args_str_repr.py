for e in (ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), ValueError(""), ValueError(("t",))):
    print(repr(e), "|", str(e), "|", e.args, len(e.args))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(str(IndexError(3)), repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), repr(e), type(e).__name__)
print(type(OSError(2, "x")).__name__)
e = Exception("msg")
e.args = ("changed", 1)
print(str(e), e.args)
e.extra = "attribute"
print(e.extra)
print(BaseException("x").args, Exception(1, 2, 3))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(u), u.start, u.end, u.reason, u.object)
print(repr(AttributeError("a", name="n", obj=None)), AttributeError("a", name="n").name)
print(NameError("n", name="x").name, ImportError("m", name="mod").name, ImportError("m").path)
print(str(SyntaxError("bad")), repr(ZeroDivisionError("division by zero")))
class Mine(Exception):
    pass
print(repr(Mine("a", 1)), str(Mine()), Mine.__module__, Mine.__qualname__)
