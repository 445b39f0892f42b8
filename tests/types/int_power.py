print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -2, type(2 ** -1).__name__)
print((-2) ** -3, 10 ** -3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(0, 0, 5))
print(pow(3, -1, 7), pow(5, -2, 13), pow(-3, -1, 7))
print(pow(5, 0, 1), pow(7, 1, 1))
for args in [(2, -1, 4), (2, 1, 0), (2.0, 2, 3), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(4 ** 0.5, 8 ** (1 / 3), type(4 ** 0.5).__name__)
z = (-8) ** (1 / 3)
print(type(z).__name__, round(z.real, 6), round(z.imag, 6))
print(2 ** 62, 2 ** 63, 2 ** 64)
print(3 ** 40, (-3) ** 41)
x = 3
x **= 4
print(x)
print(pow(2, 3, 5) == (2 ** 3) % 5)
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(10 ** 18 * 10 ** 18, 0 ** 5)
