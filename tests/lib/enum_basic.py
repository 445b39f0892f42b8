# enum.Enum: members, lookup, aliases, repr/str/format, errors, unique.
from enum import Enum, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

print(type(Color).__name__, repr(Color), list(Color), len(Color))
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.GREEN:>12}|")
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.RED.describe())
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.CRIMSON.name)
print(Color.__members__)
print(list(reversed(Color)), Color.RED in Color, isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print({Color.RED: 'r'}[Color.CRIMSON], hash(Color.RED) == hash('RED'), bool(Color.RED))
print(type(Color.RED) is Color, Color.RED.__class__.__name__)
for bad in [lambda: Color(7), lambda: Color['X'], lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.GREEN
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)
print(unique(Enum('Ok', 'X Y')).X)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sun(Enum):
        _x_ = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.name
except AttributeError as e:
    print(type(e).__name__, e)
