try:
    raise ValueError("v")
except ValueError as e:
    saved = e
print("e" in dir(), repr(saved))

e = "preexisting"
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    try:
        raise TypeError
    except TypeError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return type(err).__name__ + ": " + str(err)
print(f())

try:
    1 / 0
except (ValueError, ZeroDivisionError) as err:
    print(type(err).__name__)
excs = (KeyError, IndexError)
try:
    [][0]
except excs as err:
    print("dynamic tuple", type(err).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as err:
    print(type(err).__name__, err)
def handler_order():
    try:
        raise KeyError("k")
    except Exception:
        return "generic first wins"
    except KeyError:
        return "never"
print(handler_order())
