for v in (0.5, 0.1, -2.75, 3.0, 1e20, 0.0):
    print(v, v.as_integer_ratio(), v.is_integer())
print((7.5).real, (7.5).imag, (7.5).conjugate())
print(float.fromhex("0x1.ffffffffffffep+1023"), float.fromhex("0x10"))
print((255.0).hex(), (1 / 3).hex())
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(1.5 + 2, 3 * 0.5, 7 / 2.0, 7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 // -2)
print(divmod(-7.5, 2), divmod(1, 0.3), 1 // 0.1, 0.0 % -5, -7.0 % 3)
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(2 ** 0.5, 10 ** 0.5 * 10 ** 0.5)
for expr in ("1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 / 0.0", "0.0 ** -1"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(float.__name__, type(1.5) is float, isinstance(1, float))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(3.0 * 1.1, 1.1 * 1.1)
print(-(1.5), +(1.5), abs(-1.5))
print(0.1 * 3, 0.3 / 0.1, 4.35 * 100)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001)
print((0.5).__trunc__(), (-0.5).__floor__() if hasattr(0.5, "__floor__") else -1, (0.5).__ceil__() if hasattr(0.5, "__ceil__") else 1)
