vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 1e16, 1e15, 123456789.123, 1 / 3, 2 / 3,
        1e-4, 1e-5, 1.5e-7, 5e-324, 1.7976931348623157e308, 9999999999999998.0,
        1.2345678901234568e16, 100.0, 1e22, 1e-7, 0.000123, 3.0e10, 2.5, -0.0]
for v in vals:
    print(repr(v), str(v))
print(float("0.1"), float("1e500"), float("-1e500"), float(" 3.5 "))
print(float("nan"), float("-nan"), float("inf"), float("-Infinity"), float("iNF"))
print(float(10), float(2 ** 60), float("1_000.5"), float(True))
print(float(2 ** 1023) * 2)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
for s in ("x", "", "1.2.3", "1e", "inf inity", "0x10"):
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex(), float.fromhex("-0x1p-1074"))
print((1.0).hex(), (-2.5).hex(), (0.0).hex(), float("inf").hex())
