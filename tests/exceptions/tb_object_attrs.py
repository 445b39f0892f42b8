def fail():
    raise ValueError("x")

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    depth = 0
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        depth += 1
        tb = tb.tb_next
    print(depth, names)
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)

e2 = RuntimeError("fresh")
print(e2.__traceback__)
try:
    raise e2
except RuntimeError as caught:
    first = caught.__traceback__
print(first is not None)
e3 = KeyError("k")
print(e3.with_traceback(None) is e3, e3.__traceback__)
try:
    raise e3.with_traceback(first)
except KeyError as k:
    n = 0
    t = k.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("frames after with_traceback:", n)
try:
    e3.with_traceback("nope")
except TypeError as err:
    print(type(err).__name__, err)
try:
    e3.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def g():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z
z = g()
print(type(z).__name__, z.__traceback__.tb_frame.f_code.co_name, z.__traceback__.tb_lineno)
