# match: class patterns, __match_args__, self-matching builtins, dataclasses, namedtuples
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (0, 0)]:
    print(where(p))

# self-matching builtins: one positional sub-pattern matches the subject itself
for v in [True, 5, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset({2}),
          None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(b):
            print("bytes", b)
        case bytearray(b):
            print("bytearray", b)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", s)
        case _:
            print("other", v)


class MyInt(int):
    pass


match MyInt(3):
    case int(v):
        print("subclass self-match", v, type(v).__name__)
match MyInt(4):
    case MyInt(v):
        print("MyInt self-match", v)

# keyword patterns on any object; missing attribute means no match
class Obj:
    a = 1


match Obj():
    case Obj(b=_):
        print("wrong")
    case Obj(a=1):
        print("attr a")
match 5:
    case int(real=5, imag=0):
        print("int attrs")


# dataclasses and namedtuples get __match_args__
@dataclasses.dataclass
class DC:
    name: str
    size: int = 0


print(DC.__match_args__)
match DC("box", 3):
    case DC(n, size=s):
        print("dataclass", n, s)


@dataclasses.dataclass(match_args=False)
class NoArgs:
    v: int


print(hasattr(NoArgs, "__match_args__"))
NT = collections.namedtuple("NT", "a b")
print(NT.__match_args__)
match NT(1, 2):
    case NT(a, b):
        print("namedtuple", a, b)
match NT(1, 2):
    case (x, y):
        print("namedtuple as sequence", x, y)

# dotted class names
import types as typesmod
match typesmod.SimpleNamespace(k=1):
    case typesmod.SimpleNamespace(k=k):
        print("dotted class", k)

# errors raised while matching
def attempt(subject, which):
    try:
        match subject:
            case Point(1, 2, 3) if which == 0:
                pass
            case Obj(1) if which == 1:
                pass
            case int(1, 2) if which == 2:
                pass
            case Bad(1) if which == 3:
                pass
            case Point(1, x=2) if which == 4:
                pass
            case BadElems(1) if which == 5:
                pass
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    __match_args__ = ["x"]


class BadElems:
    __match_args__ = (1,)


attempt(Point(1, 2), 0)
attempt(Obj(), 1)
attempt(5, 2)
attempt(Bad(), 3)
attempt(Point(1, 2), 4)
attempt(BadElems(), 5)

not_a_class = 3
try:
    match 3:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)


# isinstance hooks are honoured
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"


class Magic(metaclass=Meta):
    pass


match "magic":
    case Magic():
        print("instancecheck hook")

# getattr errors other than AttributeError propagate
class Boom:
    @property
    def x(self):
        raise ValueError("boom")


try:
    match Boom():
        case Boom(x=1):
            pass
except ValueError as e:
    print("ValueError:", e)
