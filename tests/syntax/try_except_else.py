def attempt(f):
    try:
        r = f()
    except ZeroDivisionError as e:
        print("zero:", e)
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no error, got", r)
    finally:
        print("finally")

attempt(lambda: 1 / 0)
attempt(lambda: {}["k"])
attempt(lambda: [][1])
attempt(lambda: int("x"))
attempt(lambda: 42)

try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)

try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
except TypeError as e:
    print("outer caught", e)

try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")

try:
    raise KeyError("x")
except:
    print("bare except")
