# string: Template (safe_substitute, identifiers, subclassing) and Formatter
import string

T = string.Template
t = T("$who likes ${what}; $$5 for $who. $missing ${x}")
print(t.safe_substitute(who="tim", what="kung pao"))
print(t.safe_substitute({"who": "a"}, what="b", x=1))
try:
    t.substitute(who="tim", what="x")
except KeyError as e:
    print("KeyError", e)
for bad in ("$", "${", "a $1", "x ${a b}", "line1\nab $ x"):
    try:
        T(bad).substitute(a=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(T(bad).safe_substitute(a=1)))
print(T("$a_b1 $é ${_x}").safe_substitute(a_b1=1, _x=2))
print(T("$who $what $who ${x} $$ $ {bad}").get_identifiers())
print(T("$a $b").is_valid(), T("$a $").is_valid(), T("${a").is_valid(), T("$1").is_valid())
print(T("x").template, T.delimiter, T.idpattern, T.braceidpattern, T.flags)
try:
    T("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError", e)
print(T("$self $mapping").substitute(self=1, mapping=2))

class Pct(T):
    delimiter = "%"
print(Pct("%a %% %{b}").substitute(a=1, b=2))

class Upper(T):
    idpattern = r"[A-Z]+"
    flags = 0
print(Upper("$AB $ab").safe_substitute(AB=1, ab=2), Upper("$AB $ab").get_identifiers())

class Brace(T):
    braceidpattern = r"[a-z.]+"
print(Brace("${a.b} $a").substitute({"a.b": 1, "a": 2}))

class Custom(T):
    pattern = r"""\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))"""
print(Custom("#a ## #{b}").substitute(a=1, b=2))
print(Custom("#a").get_identifiers())

# Formatter
f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{x!r:>6}|{y:.2f}", x="q", y=3.14159))
print(f.format("{} {}", 1, 2), f.format("{0[1]} {a.real} {b[k]}", [5, 6], a=3, b={"k": "v"}))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=3))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0}b{x!r:>{w}}c{{d}}")))
print(list(f.parse("")), list(f.parse("{}")), list(f.parse("}}")))
for bad in ("{0} {}", "{} {0}", "{", "}", "{0!x}", "{0:{1:{2}}}"):
    try:
        print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    f.format("{5}", 1)
except IndexError as e:
    print("IndexError", e)
try:
    f.format("{nope}")
except KeyError as e:
    print("KeyError", e)

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: %s" % sorted(unused))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s>" % key)
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        if spec == "stars":
            return "*" + str(value) + "*"
        return super().format_field(value, spec)
s = Strict()
print(s.format("{a} {b!u} {c:stars} {0}", 7, a=1, b="x", c=3))
print(s.format("{zz}"))
try:
    s.format("{a}", a=1, extra=2)
except ValueError as e:
    print("ValueError", e)
print(f.get_field("a.b", (), {"a": 1}) if False else f.get_field("0[0]", [[9]], {}))
print(f.convert_field(5, "r"), f.convert_field("é", "a"), f.convert_field(5, None))
try:
    f.convert_field(5, "z")
except ValueError as e:
    print("ValueError", e)
print(f.format_field(3.5, "08.3f"))
try:
    string.Formatter.format()
except TypeError as e:
    print("TypeError", e)
print(f.format(format_string="{0}", *[1]) if False else f.format("{self}", self=1))
print(string.capwords(" hello   world  foo "), string.capwords("a-b c-d", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
