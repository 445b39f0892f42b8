log = []
def f(action):
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            return "returned"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"

for action in ("none", "raise", "return"):
    log.clear()
    r = f(action)
    print(action, r, log)

def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())

def nested_finally():
    out = []
    try:
        try:
            raise KeyError("k")
        finally:
            out.append("inner finally")
    except KeyError:
        out.append("caught")
    finally:
        out.append("outer finally")
    return out
print(nested_finally())

def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "override"
print(finally_overrides())
def exc_in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        raise TypeError("from else")
try:
    exc_in_else()
except TypeError as e:
    print("else raised", e)
