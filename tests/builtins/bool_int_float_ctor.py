print(bool(), bool(0), bool(3), bool("x"), bool([]), bool(None))
print(int(), int(7.9), int("  42 "), int("-0b101", 0), int("z", 36))
print(float(), float(3), float("  -1.5e3 "), float("INF"), float("nan") != float("nan"))
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 8
class HasFloat:
    def __float__(self):
        return 2.5
class HasTrunc:
    def __trunc__(self):
        return 9
print(int(HasIndex()), int(HasInt()), float(HasFloat()), float(HasIndex()))
print(bin(HasIndex()), [1, 2, 3, 4, 5, 6, 7, 8][HasIndex()])
try:
    float(HasInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(HasFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print(int(True), float(False), bool(0.0), bool(-0.0), bool(1e-300))
print(int("1" * 30), float("1" * 30), int(float("1e18")))
print(type(int("5")).__name__, type(float("5")).__name__, type(bool(5)).__name__)
try:
    int(x="5")
except TypeError as e:
    print(type(e).__name__, e)
print(int("12", base=8), int("ff", base=16))
class MyInt(int):
    pass
print(int(MyInt(5)), type(int(MyInt(5))).__name__, MyInt(5) + 1, type(MyInt(5) + 1).__name__)
print(float.__new__(float, "2.5"), int.__new__(int, 3))
