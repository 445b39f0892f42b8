class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"

b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), str(b), repr(r), str(r), str(s))
print([b, r], (b,), {"k": b}, f"{b} {b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Rec:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Rec({self.items!r})"
x = Rec()
x.items.append(Rec())
print(x)
class StrSub(str):
    def __repr__(self):
        return "StrSub<" + str(self) + ">"
print(repr(StrSub("v")), str(StrSub("v")), StrSub("v") + "!", [StrSub("w")])
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
    def __str__(self):
        return "Fmt-str"
print(f"{Fmt()}", f"{Fmt():x}", str(Fmt()), format(Fmt(), "y"))
print(repr(Both).startswith("<class '__main__.Both'>"), str(OnlyRepr))
