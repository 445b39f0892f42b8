tests = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1e16 + 1, 123.456, -123.456, 5e-324]
for v in tests:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1))
for n in (0, 5, 15, 25, 35, -15, 1234, 10 ** 20 + 5):
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2))
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(1e300, -300), round(1.5e300, -300), round(12.5, -1), round(15.0, -1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1234.5678, -3), round(9999.5), round(-9999.5), round(2 ** 0.5, 8))
print(round(1 / 3, 100) == 1 / 3, round(7.0, -1000), round(7, -1000))
try:
    print(round(1.5, 2 ** 100), round(7, 2 ** 100))
except OverflowError as e:
    print(type(e).__name__, e)
print(round(1.5, -2 ** 40) if False else "large negative ndigits:", round(12.0, -400))
