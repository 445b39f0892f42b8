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
class NoAdd: pass
n = NoAdd()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    n @= 2
except TypeError as e:
    print(type(e).__name__, e)
class ReturnsOther:
    def __imul__(self, o):
        return "something else"
r = ReturnsOther()
r *= 3
print(r)
l = [1]; alias = l
l += (2, 3)
print(l, alias is l)
t = (1,); t2 = t
t += (2,)
print(t, t2)
class Seq(list):
    def __iadd__(self, o):
        print("  Seq.__iadd__")
        return super().__iadd__(o)
s = Seq([1]); s += [2]
print(s, type(s).__name__)
class Sh:
    def __lshift__(self, o): return "lshift"
    def __ior__(self, o): return "ior"
z = Sh(); z <<= 1; print(z)
z = Sh(); z |= 1; print(z)
