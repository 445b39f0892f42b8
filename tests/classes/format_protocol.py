# format(), f-strings and str.format go through __format__
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print(f"  __format__({spec!r})")
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
    def __str__(self): return "str-money"
    def __repr__(self): return "Money()"
m = Money(3.5)
print(format(m), format(m, ".2f"), f"{m:>8}", "{:x<6}".format(Money(7)))
print(f"{m!s}", f"{m!r}", f"{m!r:>10}")
class Plain:
    def __str__(self): return "plain-str"
p = Plain()
print(format(p), f"{p}", "{}".format(p), format(p, ""))
try:
    format(p, ">10")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
class I(int):
    def __format__(self, spec):
        return "I:" + super().__format__(spec)
print(format(I(255), "x"), f"{I(5):03d}")
class S(str):
    pass
print(format(S("ab"), ">4"), type(format(S("ab"))).__name__)
print(object.__format__(p, ""), type(object.__dict__["__format__"]).__name__)
try:
    object.__format__(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(3, "z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
class FmtNone:
    __format__ = None
try:
    format(FmtNone())
except TypeError as e:
    print(type(e).__name__, e)
print(f"{m=}", f"{3.14159=:.2f}")
