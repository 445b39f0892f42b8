class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  Num.__add__")
        return NotImplemented if not isinstance(o, (int, Num)) else Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print("  Num.__radd__")
        return Num(o + self.v)
    def __lt__(self, o):
        print("  Num.__lt__")
        return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o):
        print("  Num.__gt__")
        return self.v > (o.v if isinstance(o, Num) else o)
    def __repr__(self):
        return f"Num({self.v})"
class SubNum(Num):
    def __radd__(self, o):
        print("  SubNum.__radd__ (subclass wins)")
        return SubNum(o.v * 100 + self.v)
    def __gt__(self, o):
        print("  SubNum.__gt__ (subclass reflected first)")
        return True
print(Num(1) + Num(2))
print(5 + Num(1))
print(Num(1) + SubNum(2))
print(Num(1) < SubNum(2))
print(3 < Num(5))
try:
    print(Num(1) + "s")
except TypeError as e:
    print(type(e).__name__, e)
class Left:
    def __mul__(self, o):
        return "Left.__mul__"
class Right:
    def __rmul__(self, o):
        return "Right.__rmul__"
print(Left() * Right(), 3 * Right(), Left() * 3)
class Eq:
    def __eq__(self, o):
        print("  Eq.__eq__")
        return "eq result"
print(1 == Eq(), Eq() == 1, Eq() != 1)
class NoRAdd:
    pass
try:
    1 + NoRAdd()
except TypeError as e:
    print(type(e).__name__, e)
