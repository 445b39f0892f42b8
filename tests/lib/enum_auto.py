# enum: auto(), _generate_next_value_, the functional API, IntEnum and StrEnum.
from enum import Enum, IntEnum, StrEnum, auto

class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()

print(list(A))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)

    NORTH = auto()
    SOUTH = auto()

print(list(Named), repr(auto()))

class SE(StrEnum):
    ONE = auto()
    Two = auto()
    THREE = 'three3'

print(list(SE), str(SE.ONE), SE.ONE == 'one', format(SE.Two), SE.THREE.upper(), repr(SE.ONE))

class Num(IntEnum):
    ONE = 1
    TWO = 2

print(str(Num.ONE), format(Num.ONE), repr(Num.ONE), Num.ONE + 1, f"{Num.TWO:03d}",
      Num.ONE < Num.TWO, Num(2), sorted([Num.TWO, Num.ONE]), Num.TWO * 'ab')
print(int(Num.TWO), hash(Num.ONE) == hash(1), Num.ONE in {1: 'x'}, isinstance(Num.ONE, int))
try:
    class BadInt(IntEnum):
        A = 'x'
except ValueError as e:
    print(type(e).__name__, e)
Anim = Enum('Anim', 'ANT BEE, CAT')
print(list(Anim), Anim.BEE.value, repr(Anim), Anim.__name__)
print(list(Enum('X', [('a', 5), ('b', 7)])), list(Enum('Y', {'p': 'q'})))
print(list(IntEnum('Z', ['u', 'v'], start=0)), list(StrEnum('S', 'aa bb')))
print(Anim(3), Anim['ANT'], Anim.CAT.name)
