for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994):
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(0.375, 2), round(1.005, 2), round(0.125, 2))
print(round(2.5, 0), round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1))
print(round(1e300, 2), round(1.23456789, 5), round(5.5, None))
print(round(123, -1), round(125, -1), round(135, -1), round(-125, -1))
print(round(0.1 + 0.2, 10), round(1 / 3, 3))
print(round(1e-300, 5), round(-0.4), round(-0.6))
print(int(2.9), int(-2.9), int(1e15 + 0.5))
print((2.5).__round__(), (2.5).__round__(1))
print(f"{2.675:.2f}", f"{0.125:.2f}", f"{0.135:.2f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(format(1 / 3, ".15g"), format(2 / 3, ".17g"))
print(round(7, 2), type(round(7, 2)).__name__, round(7.0, 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(-0.0), round(-0.0, 1), round(0.5 + 1e-16))
print(round(12345678901234567890.0, -5))
print(round(1.25, 1), round(1.35, 1), round(1.45, 1))
