# enum: everyday usage: aliases, classmethods, mixins, IntFlag/Flag values, copy, dict keys.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import copy
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @classmethod
    def default(cls): return cls.CIRCLE
    @staticmethod
    def helper(): return 'h'
    def __str__(self): return 'shape:' + self.name.lower()
print(repr(Shape.ALIAS_FOR_SQUARE), list(Shape), Shape.default(), Shape.helper(), f"{Shape.SQUARE}", format(Shape.DIAMOND, '>12'))
print(Shape._member_names_, list(Shape.__members__.items())[-1], Shape.SQUARE.__reduce_ex__(2))
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy([Shape.SQUARE])[0] is Shape.SQUARE)
class T(Enum):
    A = (1, 2)
    B = (3, 4)
print(T.A.value, T((3, 4)), T.A.value[0])
class B(int, Enum):
    Z = 0
    O = 1
print(bool(B.Z), bool(B.O), B.O + 1, repr(B.Z), str(B.Z), format(B.O), B(1))
class Mixin:
    def hello(self): return 'hello ' + self.name
class C(Mixin, Enum):
    X = 'x'
print(C.X.hello(), C('x'), repr(C.X))
def f(c):
    if c == Shape.SQUARE: return 'sq'
    if c == Shape.CIRCLE: return 'ci'
    return 'other'
print(f(Shape.SQUARE), f(Shape.DIAMOND), f(Shape.CIRCLE))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
p = Perm.R | Perm.W
print(p, repr(p), Perm.R in p, Perm.X in p, p & Perm.R, repr(p & Perm.X), list(p), int(p), p == 6, ~p, repr(~p))
print(Perm(7), repr(Perm(7)), Perm.R | Perm.W | Perm.X == 7, isinstance(p, int), p + 1, repr(Perm(0)), bool(Perm(0)))
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.GREEN), [c.name for c in Color.WHITE], len(Color.WHITE), repr(~Color.WHITE))
print(Color.__members__.keys(), Color.RED.value, Color(6), repr(Color(0)))
print(sorted(Shape, key=lambda s: s.value), max(IntEnum('N', 'a b c')))
d = {Shape.SQUARE: 1, Shape.CIRCLE: 2}
print(d[Shape.ALIAS_FOR_SQUARE], Shape.SQUARE in d, Shape['CIRCLE'] in d)
class Cnt(Enum):
    A = auto()
    B = auto()
print([m.value for m in Cnt], Cnt.A < Cnt.B if False else 'x')
class WithInit(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__)
class Sub(WithInit):
    Q = 1
print(Sub.Q)
print(isinstance(Shape.SQUARE, Shape), type(Shape.SQUARE).__mro__)
