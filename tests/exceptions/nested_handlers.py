def level(n):
    try:
        if n == 0:
            raise ValueError("deep")
        return level(n - 1)
    except TypeError:
        return "wrong handler"
    finally:
        log.append(n)
log = []
try:
    level(3)
except ValueError as e:
    print("caught", e, "finally order", log)
def convert(v):
    try:
        try:
            return int(v)
        except ValueError:
            return float(v)
    except ValueError:
        return None
print([convert(v) for v in ("1", "2.5", "x")])
def swallow_and_report():
    out = []
    for exc in (KeyError, IndexError, ValueError, TypeError):
        try:
            try:
                raise exc("e")
            except (KeyError, IndexError) as inner:
                out.append("inner " + type(inner).__name__)
                raise RuntimeError("wrapped") from inner
        except RuntimeError as outer:
            out.append("outer " + type(outer.__cause__).__name__)
        except Exception as other:
            out.append("other " + type(other).__name__)
    return out
print(swallow_and_report())
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as k:
            return repr(k.__context__)
print(handler_raises())
try:
    try:
        raise ValueError("v")
    except ValueError:
        pass
    raise TypeError("after handled")
except TypeError as e:
    print(repr(e), e.__context__)
