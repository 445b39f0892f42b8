# In-place operators without any implementation, and odd __iop__ results
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
