pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
for a, b in [(10 ** 20 + 7, -3), (-(10 ** 20), 7), (2 ** 65, 2 ** 33 + 1)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(10 ** 20 / 10 ** 10, 1 / 3)
for expr in ("1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 // 0", "10**30 % 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
try:
    2 ** 10000 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // 3 % 10)
print(-1 // 10 ** 30, -1 % 10 ** 30 == 10 ** 30 - 1)
