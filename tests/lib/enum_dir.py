# enum: dir() of enum classes and members, plain and mixed-in.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
    def meth(self): pass
    @classmethod
    def cm(cls): pass
    @property
    def prop(self): return 1
    _private = 3
class Num(IntEnum):
    ONE = 1
class P(Flag):
    A = 1
class L(Enum):
    def __new__(cls, v):
        o = object.__new__(cls); o._value_ = v; return o
    X = 1
print(dir(Color))
print(dir(Color.RED))
print(dir(P), dir(P.A))
print(dir(L))
print(len(dir(Num)), 'ONE' in dir(Num), 'real' in dir(Num.ONE), '__add__' in dir(Num), '__add__' in dir(Num.ONE))
