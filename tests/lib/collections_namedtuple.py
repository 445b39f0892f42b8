# collections.namedtuple.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], len(p), tuple(p), p == (11, 22), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, Point.__slots__, Point.__name__, Point.__doc__)
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), p._replace() == p)
print(Point.x.__doc__, Point.x.__get__(p), Point.__new__.__doc__)
print(Point.__module__, Point.__match_args__, Point._field_defaults)
print(hash(p) == hash((11, 22)), p.count(11), p.index(22), p + (1,), p * 2)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    p.z = 1
except AttributeError as e:
    print(e)

P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
print(namedtuple('R', 'abc def ghi abc _x', rename=True)._fields)
print(namedtuple('One', 'v')(1), namedtuple('Empty', '')(), namedtuple('M', 'a', module='mod').__module__)

class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
q = Point3(1, -2, 3)
print(q, q.norm1, q._replace(z=0), type(q._replace(z=0)).__name__)


errors = [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2),
          lambda: Point._make([1]), lambda: p._replace(z=1),
          lambda: namedtuple('P', 'a 1'), lambda: namedtuple('P', 'a def'),
          lambda: namedtuple('P', 'a _b'), lambda: namedtuple('P', 'a a'),
          lambda: namedtuple('P', 'a', defaults=[1, 2]), lambda: namedtuple('1P', 'a'),
          lambda: namedtuple('class', 'a'), lambda: namedtuple('P', [1])]
for call in errors:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
