class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, Point(3, 3) in s)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(0, 1)))
print(hash(Point(1, 2)) == hash((1, 2)))
class Default:
    pass
a = Default()
print(hash(a) == hash(a), a == a, {a: 1}[a], hash(a) == object.__hash__(a))
class Sub(Point):
    pass
print(hash(Sub(1, 2)) == hash(Point(1, 2)), Sub(1, 2) == Point(1, 2))
class EqOnlySub(Point):
    def __eq__(self, o):
        return False
print(EqOnlySub.__hash__ is None)
try:
    {EqOnlySub(1, 1)}
except TypeError as e:
    print(type(e).__name__, e)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class NegHash:
    def __hash__(self):
        return -1
print(hash(NegHash()))
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
st = {m}
m.v = 2
print(m in st, Mutable(1) in st, len(st))
