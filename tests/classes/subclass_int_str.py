# Subclasses of int, str, float, tuple: results of inherited methods are base types
class Meters(int):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{int(self)}{self.unit}"
    def __add__(self, o):
        return Meters(int(self) + int(o), self.unit)
m = Meters(5)
print(m, m + 2, 2 + m, type(2 + m).__name__, m * 2, type(m * 2).__name__, -m, type(-m).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int), m.unit, int(m).__class__.__name__, abs(m).__class__.__name__)
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__, n == "bob")
print({n: 1}["bob"], "bob" in {n}, type(str(n)).__name__, str(n) is n, repr(n))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), Upper("x").lower(), len(Upper("abcd")))
class F(float):
    def __str__(self):
        return f"F({float(self)})"
print(F(1.5), F(1.5) + 1, type(F(1.5) + 1).__name__, repr(F(2.0)))
class T(tuple):
    def first(self): return self[0]
t = T([1, 2])
print(t, t.first(), type(t + (3,)).__name__, type(t[:1]).__name__)
class Flag(int):
    pass
print(Flag(True), type(Flag(True)).__name__, Flag(3) | 4, type(Flag(3) | 4).__name__)
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
class Rich(int):
    def __lt__(self, o):
        return "custom lt"
print(Rich(1) < 2, 2 > Rich(1), sorted([Rich(3), Rich(1)], key=int))
class Big(int): pass
b = Big(2 ** 100)
print(b, b.bit_length(), type(b >> 90).__name__)
class ByteSub(bytes): pass
print(ByteSub(b"ab"), type(ByteSub(b"ab") * 2).__name__)
import sys
print(sys.getsizeof(Meters(1)) > sys.getsizeof(1), sys.getsizeof(Name("")) > sys.getsizeof(""))
