# NotImplemented fallbacks, reflected comparisons, subclass priority, identity default
log = []
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        log.append(f"A.__eq__({type(o).__name__})")
        return NotImplemented
    def __lt__(self, o):
        log.append("A.__lt__")
        return NotImplemented
class B:
    def __gt__(self, o):
        log.append("B.__gt__")
        return "B says gt"
    def __eq__(self, o):
        log.append("B.__eq__")
        return NotImplemented
a, b = A(1), B()
print(a < b, log); log.clear()
print(a == b, log); log.clear()
print(a == a, a != A(1), log); log.clear()
try:
    a < A(2)
except TypeError as e:
    print(type(e).__name__, e, log); log.clear()
try:
    a >= 1
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __eq__(self, o):
        return "Base.__eq__"
    def __lt__(self, o):
        return "Base.__lt__"
class Sub(Base):
    def __eq__(self, o):
        return "Sub.__eq__"
    def __gt__(self, o):
        return "Sub.__gt__"
print(Base() == Sub(), Sub() == Base(), Base() < Sub())
class SubNoOverride(Base): pass
print(Base() < SubNoOverride())
class OnlyEq:
    def __eq__(self, o):
        return isinstance(o, OnlyEq)
print(OnlyEq() != OnlyEq(), OnlyEq() != 1)
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
print(1 == 1.0, (1).__eq__(1.0), (1.0).__eq__(1), 1 .__lt__("x"))
print([A(1)] == [A(1)], log[:2]); log.clear()
x = A(5)
print([x] == [x], log)
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
    __hash__ = None
print(Num(3) == 3, 3 == Num(3), Num(3) in [1, 3], [3].index(Num(3)))
