# match: mapping patterns, **rest, key lookup through get(), duplicate keys
import collections


def m(x):
    match x:
        case {}:
            pass
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest.items())}"
        case {1: one, -2: neg, 1.5: f, None: n, False: t}:
            return f"numbers {one} {neg} {f} {n} {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 3, "c": 0},
          {1: "a", -2: "b", 1.5: "c", None: "d", False: "e"}, {"other": 1}, [], "str"]:
    print(m(v))

# True == 1 as a key: {True: ...} is looked up with dict semantics
match {1: "one"}:
    case {True: v}:
        print("True key finds 1:", v)

# **rest is a new dict without the matched keys
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        print("rest", rest, rest is d)
match d:
    case {**everything}:
        print("everything", everything, everything is d)

# defaultdict: get() is used, so __missing__ is not called
dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("wrong")
    case _:
        print("defaultdict untouched", dict(dd))


class Keys:
    A = "a"


match {"a": 10}:
    case {Keys.A: v}:
        print("attribute key", v)

# duplicate attribute keys are found at runtime
class Dup:
    X = "x"
    Y = "x"


try:
    match {"x": 1, "z": 2}:
        case {Dup.X: _, Dup.Y: _}:
            pass
except ValueError as e:
    print("ValueError:", e)


# a mapping whose get() raises
class Weird(dict):
    def get(self, key, default=None):
        raise KeyError("get called with %r" % key)


try:
    match Weird(a=1):
        case {"a": _}:
            pass
except KeyError as e:
    print("KeyError:", e)

# values are matched as sub-patterns
match {"k": [1, 2, 3]}:
    case {"k": [1, *tail]}:
        print("nested value", tail)

# length check happens before key lookups
class Counting(dict):
    def get(self, *a):
        print("get", a[0])
        return dict.get(self, *a)


match Counting(a=1):
    case {"a": 1, "b": 2}:
        print("wrong")
    case {"a": 1}:
        print("matched a")
