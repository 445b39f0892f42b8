# dataclasses: generated __init__/__repr__/__eq__, defaults, inheritance, __post_init__.
from dataclasses import dataclass, field, fields, InitVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(1, 3), Point.__hash__, p.__eq__(5))
print(Point(y=4, x=3), Point.__doc__, Point.__match_args__, Point.__init__.__qualname__)

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10

print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])

@dataclass
class P2:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2

print(P2(4), P2.__match_args__)

@dataclass
class N:
    items: list = field(default_factory=list)
    pt: Point = None

n1 = N()
n1.items.append(1)
print(N(), n1, N.pt, hasattr(N, 'items'))

@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale

print(IV(3), IV(3, 10), [f.name for f in fields(IV)])

@dataclass
class R:
    me: object = None

r = R()
r.me = r
print(r)

@dataclass
class Empty:
    pass

print(Empty(), Empty() == Empty())

@dataclass
class Custom:
    v: int

    def __repr__(self):
        return 'custom!'

print(Custom(1), Custom(1) == Custom(1))
