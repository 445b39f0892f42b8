# string.Formatter: parse, format, vformat, get_field and the overridable hooks.
import string
from string import Formatter

f = Formatter()
print(list(f.parse("a{0}b{x!r:>{w}}c{{}}d}}")))
print(list(f.parse("")), list(f.parse("{}")), list(f.parse("a{{{0}")))
print(list(f.parse("x{0[a}b]}")), list(f.parse("{0:{{}}}")))
for bad in ["{", "}", "{0!}", "{0!rx}", "{a{}", "{0[}", "{0!r", "{0!",
            "{0:", "{0", "{0:{}", "{0:}}"]:
    try:
        print(repr(bad), list(f.parse(bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(f.format("{a[k]} {} {}", 3, 4, a={'k': 'v'}))
print(f.format("{:{w}.{p}f}|{n!r}|{n!s}|{n!a}", 3.14159, w=8, p=2, n='é'))
print(f.format("{0.real} {0.imag} {1[1]}", 5, "xyz"))
print(f.vformat("{x}-{y}", (), {'x': 1, 'y': 2}))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(f.get_field("0.real", (7,), {}))
print(f.convert_field("x", "r"), f.format_field(3, "03d"))

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)

print(Upper().format("{a} and {b:>4} {0}", "z", a="abc"))
print(string.capwords(" hello   world  foo "), string.capwords("a-b-c", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
