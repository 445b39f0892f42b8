# match: edge cases (or-pattern reordering, soft keywords in odd places, literals, locals)
import array
import collections


def reorder(x):
    match x:
        case ((a, b, c, d, e, f, g, h, i, 9) |
              (h, g, i, a, b, d, e, c, f, 10) |
              (g, b, a, c, d, -5, e, h, i, f) |
              (-1, d, f, b, g, e, i, a, h, c)):
            w = 0
    out = locals()
    del out["x"]
    return sorted(out.items())


for r in [range(10), range(1, 11), range(0, -10, -1), range(-1, -11, -1), range(10, 20)]:
    print(reorder(r))


def reorder_nested(x):
    match x:
        case [y, (a, b, c) | (c, a, b) | (b, c, a), z]:
            return (y, a, b, c, z)


print(reorder_nested((0, (1, 2, 3), 4)), reorder_nested([0, [1, 2, 3], 4]))

# match() / match(x) are match statements when followed by ':'
match():
    case():
        print("empty tuple subject and pattern")
x = 0
match(x):
    case(x):
        print("parenthesised subject and group capture", x)
match = case = 0
match match:
    case case:
        print("match match / case case", case)
del match, case

match (w := 3),:
    case (y as v,):
        print("walrus tuple subject", w, y, v)

# literals that round to infinities and signed zeros
for v in [0, 0.0, -0.0, float("inf"), float("-inf")]:
    match v:
        case 1e1000:
            print(v, "inf")
        case -1e1000:
            print(v, "-inf")
        case -0:
            print(v, "zero")
for v in [0, 0j, -0.0]:
    match v:
        case -0 - 0j:
            print(v, "complex zero")

# nested mix
match [[{0: 0}]]:
    case list([({-0-0j: int(real=0+0j, imag=0-0j) | (1) as z},)]):
        print("deep mix", z)

# array and memoryview are sequences, bytearray is not
for v in [array.array("b", b"abc"), memoryview(b"abc"), bytearray(b"abc")]:
    match v:
        case (p, q, r):
            print(type(v).__name__, p, q, r)
        case _:
            print(type(v).__name__, "no")

# get() may be a staticmethod
class C(dict):
    @staticmethod
    def get(key, default=None):
        return "bar"


match C({"foo": 1}):
    case {"foo": bar}:
        print("static get", bar)

# keyword attribute names are not mangled, captured names are
class Holder:
    __attr = "eggs"


class Outer:
    def f(self, x):
        match x:
            case Holder(__attr=y):
                return y

    def g(self, x):
        match x:
            case __cap:
                return sorted(k for k in locals() if "cap" in k)


h = Holder()
setattr(h, "__attr", "spam")
print(Outer().f(h), Outer().g(1))

# locals() in a case body holds only what was bound
def loc(w):
    match w:
        case [a, *_] | (a, *_):
            out = locals()
            del out["w"]
            return sorted(out)
        case {"k": a, **rest}:
            return sorted(locals())


print(loc([1, 2]), loc({"k": 1}))

# side effects in guards run in order
effects = []


def lt(a, b):
    effects.append((a, b))
    return a < b


match {"foo": 1}:
    case {"foo": v} if lt(v, 0):
        res = 0
    case {"foo": v} if lt(v, 1):
        res = 1
    case {"foo": v} if lt(v, 2):
        res = 2
print(res, effects)

# a guard may mutate the subject
lst = []
match lst:
    case [] as z if z.append(None):
        print("wrong")
    case [None]:
        print("saw mutation", lst)

# runtime TypeErrors
def err(subject, src):
    ns = {"subject": subject}
    try:
        exec(src, ns)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


err(range(10), "match subject:\n case range(10): pass")
err(1, "class K:\n __match_args__ = None\nmatch subject:\n case K(y): pass")
err(1, "class K:\n __match_args__ = None\nmatch K():\n case K(y): pass")
err(1, "class K:\n __match_args__ = 'XYZ'\nmatch K():\n case K(y): pass")
err(1, "class K:\n __match_args__ = (None,)\nmatch K():\n case K(y): pass")
err(1, "class K:\n __match_args__ = None\nmatch K():\n case K(): pass")
err(1, "match subject:\n case max(0, 1): pass")
err(3, "class K:\n __match_args__ = ('a', 'a')\n a = 1\nmatch K():\n case K(y, z): pass")
err(3, "class K:\n __match_args__ = ('a',)\n a = 1\nmatch K():\n case K(y, a=z): pass")
err({"a": 0, "b": 1}, "class Keys:\n KEY = 'a'\nmatch subject:\n case {Keys.KEY: y, 'a': z}: pass")
err(5, "class P:\n __match_args__ = ()\nmatch P():\n case P(1): pass")
err(5, "class P:\n __match_args__ = ('x',)\nmatch P():\n case P(1, 2): pass")

# deeply nested patterns compile
for pattern in ["A" + "(" * 100 + ")" * 100, "{1:" * 100 + "1" + "}" * 100,
                "[" * 100 + "1" + "]" * 100]:
    compile("match None:\n    case %s:\n        pass\n" % pattern, "<s>", "exec")
print("deep patterns compile")

# duplicate constant keys that compare equal
for src in ["{0: _, False: _}", "{0: _, 0.0: _}", "{0: _, -0: _}", "{0: _, 0j: _}",
            "{'a': _, 'a': _}", "{b'a': _, 'a': _}"]:
    try:
        compile("match x:\n case %s: pass" % src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
