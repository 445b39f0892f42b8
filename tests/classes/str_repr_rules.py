# str() falls back to __repr__, never the reverse; return types are checked
class R:
    def __repr__(self): return "R-repr"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "B-repr"
    def __str__(self): return "B-str"
for o in (R(), Both()):
    print(str(o), repr(o), f"{o}", f"{o!r}", "%s %r" % (o, o))
s = S()
print(str(s), repr(s).startswith("<__main__.S object at 0x"))
print([R(), Both()], (Both(),), {"k": Both()}, str([Both()]))
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
for fn in (lambda: repr(BadRepr()), lambda: str(BadRepr()), lambda: str(BadStr()), lambda: print(BadStr())):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self): return StrSub("sub")
    def __repr__(self): return StrSub("subrepr")
x = ReturnsSub()
print(str(x), type(str(x)).__name__, type(repr(x)).__name__)
class MyStr(str):
    def __str__(self): return "overridden"
    def __repr__(self): return "MyStr!"
ms = MyStr("base")
print(str(ms), repr(ms), ms, ms + "!", "%s" % ms, f"{ms}", [ms])
class Meta(type):
    def __repr__(cls): return f"<meta {cls.__name__}>"
class K(metaclass=Meta): pass
print(repr(K), str(K), [K], K)
print(repr(int), str(int), repr(object()).startswith("<object object at"))
class Rec:
    def __repr__(self): return "Rec(" + repr(self.inner) + ")"
r = Rec(); r.inner = [1, "two"]
print(r)
print(ascii(Both()), ascii("é"), repr("é"))
class ErrRepr:
    def __repr__(self): raise ValueError("repr failed")
try:
    print([ErrRepr()])
except ValueError as e:
    print(type(e).__name__, e)
class OnlyInstance:
    pass
o = OnlyInstance()
o.__repr__ = lambda: "instance attribute ignored"
print(repr(o).startswith("<__main__.OnlyInstance"))
