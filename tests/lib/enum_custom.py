# enum: member __init__/__new__, data-type mixins, _missing_, _ignore_, _order_, methods.
from enum import Enum, nonmember, member

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(self.mass / self.radius ** 2, 3)

print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity,
      Planet((3.303e+23, 2.4397e6)))

class Ordered(Enum):
    def __new__(cls, v, label):
        obj = object.__new__(cls)
        obj._value_ = v
        obj.label = label
        return obj

    A = 1, 'first'
    B = 2, 'second'

print(Ordered(2), Ordered.B.label, Ordered.A.value, list(Ordered))

class M(Enum):
    A = 1

    @classmethod
    def _missing_(cls, v):
        return cls.A if v == 'a' else None

print(M('a'))
try:
    M('b')
except ValueError as e:
    print(type(e).__name__, e)

class Base(Enum):
    def describe(self):
        return self.name.lower()

class Sub(Base):
    Q = 1

print(Sub.Q.describe(), Sub(1) is Sub.Q, isinstance(Sub.Q, Base), len(Base))
