print(int("42"), int("-42"), int("+7"), int("  12  "), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o17", 8))
print(int("101", 2), int("0b101", 2), int("z", 36), int("Zz", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("42", 0), int("0", 0))
print(int("1_0", 0), int("0x_f", 0), int("00", 0))
print(int(3.99), int(-3.99), int(True), int(), int(1e20))
print(int("9" * 50))
print(int(" -0 "), int("٣"), int("\u0661\u0662"))
bad = [("x", 10), ("", 10), ("1.5", 10), ("12", 2), ("0x10", 10), ("010", 0),
       ("1__0", 10), ("_1", 10), ("1_", 10), ("8", 8), (" ", 10), ("0b", 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("1", 1), ("1", 37), ("1", -1)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for v in (None, [1], 1j):
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
for f in (float("inf"), float("nan")):
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b"34")))
