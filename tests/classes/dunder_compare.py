class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a == "1.2", a != "1.2")
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, c]))
print(len({a, b, c}), {a: "x"}[c])
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print(type(e).__name__, e)
class Reflect:
    def __gt__(self, o):
        return "Reflect.__gt__"
class Plain:
    pass
print(Plain() < Reflect())
class Ident:
    pass
x = Ident()
print(x == x, x == Ident(), x != Ident(), x != x)
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 5, 5 == AlwaysEq(), [AlwaysEq()].count(3), 3 in [AlwaysEq()])
print(Version(1) == Version(1), [Version(1)] == [Version(1)], (Version(2),) < (Version(3),))
