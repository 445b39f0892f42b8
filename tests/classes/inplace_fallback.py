# a op= b tries __iop__, then __op__, then b.__rop__
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"
class InPlace(Acc):
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
class NotImpl(Acc):
    def __iadd__(self, o):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("  Right.__radd__")
        return "radd result"
a = Acc(1); before = a
a += 2
print(a, a is before)
b = InPlace(1); before = b
b += 2
print(b, b is before)
c = NotImpl(1); before = c
c += 2
print(c, c is before)
x = 5
x += Right()
print(x)
