# Impossible allocations fail with an exception, not a crash.
cases = ["[0] * (2**62)", "'x' * (2**62)", "(0,) * (2**62)", "bytearray(2**62)", "b'ab' * (2**62)",
         "[0] * (2**63)", "'x' * (2**63)", "b'x' * (2**63)", "[None] * (2**64)"]
for expr in cases:
    try:
        eval(expr)
        print(expr, "succeeded?")
    except (MemoryError, OverflowError) as e:
        print(f"{expr:20} {type(e).__name__}: {e}")
try:
    range(2 ** 100)[2 ** 99]
    print("range indexing with huge ints works")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3][2 ** 63]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[2 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].insert(2 ** 100, 1)
except OverflowError as e:
    print(type(e).__name__, e)
x = [0] * 1000
x *= 1000
print(len(x), "after in-place repeat")
del x
try:
    1 << (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print("still running")
