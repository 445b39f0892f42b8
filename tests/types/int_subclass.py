class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, type(3 + m).__name__, type(m * 2).__name__)
print(m == 5, m > 4, hash(m) == hash(5), isinstance(m, int), bool(Money(0)))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
class Flag(int):
    pass
f = Flag(1)
f.name = "FLAG"
print(f.name, f + 1, type(f + 1).__name__, f << 2, [0, 1][f])
class MyBool(int):
    def __bool__(self):
        return False
print(bool(MyBool(7)), MyBool(7) + 0, not MyBool(7))
print(int(Money(7)), float(Money(7)), str(Money(7)), format(Money(255), "x"), f"{Money(3)}")
print(sorted([Money(3), Money(1), 2]), sum([Money(1), Money(2)]), max(Money(9), 8))
class Float2(float):
    def __str__(self):
        return f"{self:.2f}"
print(Float2(3.14159), repr(Float2(1.5)), Float2(2) * 2, type(Float2(2) * 2).__name__)
