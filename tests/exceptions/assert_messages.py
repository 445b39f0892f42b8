def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        return "passed"
    except AssertionError as e:
        return f"AssertionError args={e.args} str={str(e)!r}"
print(check(True))
print(check(False))
print(check(0, "zero is falsy"))
print(check([], ["list", "message"]))
print(check(None, 42))
print(check("", None))
x = 5
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print(e)
try:
    assert isinstance(x, str), (x, type(x).__name__)
except AssertionError as e:
    print(e.args[0])
class Msg:
    def __str__(self):
        return "custom message object"
try:
    assert False, Msg()
except AssertionError as e:
    print(e, type(e.args[0]).__name__)
def divide(a, b):
    assert b != 0, "division by zero requested"
    return a / b
print(divide(6, 3))
try:
    divide(1, 0)
except AssertionError as e:
    print(type(e).__name__, e)
print(issubclass(AssertionError, Exception), AssertionError.__bases__)
