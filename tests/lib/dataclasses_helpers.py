# dataclasses: fields, asdict, astuple, replace, is_dataclass, make_dataclass.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, MISSING)

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass
class N:
    items: list = field(default_factory=list, metadata={'unit': 'm'})
    pt: Point = None

p = Point(1, 2)
print(asdict(p), astuple(p), replace(p, y=5), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5), is_dataclass(int))
f = fields(N)
print([x.name for x in f], f[0].default_factory, f[0].default is MISSING, f[0].metadata)
print(f[1].type, f[1].default, f[1].init, f[1].repr, f[1].compare, f[1].hash, f[1].kw_only)
print(asdict(N([Point(1, 2), (Point(3, 4),)], Point(5, 6))))
print(astuple(N([Point(1, 2)], {'k': Point(0, 0)})))
inner = [1, [2]]
d = asdict(N(inner))
print(d['items'] == inner, d['items'] is inner, d['items'][1] is inner[1])
print(asdict(p, dict_factory=lambda pairs: sorted(pairs, reverse=True)))
print(astuple(p, tuple_factory=list))
C = make_dataclass('C', [('x', int), 'z', ('y', int, field(default=5))],
                   namespace={'add': lambda self: self.x + self.y})
print(C(1, z=0), C(1, 2, 3).add(), C.__doc__, [x.name for x in fields(C)], C.__name__)
q = replace(N(), pt=Point(9))
print(q, fields(q)[1].name)
