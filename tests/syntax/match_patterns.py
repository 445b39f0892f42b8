# match: sequence, star, or, as, group patterns and what they bind
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b, *rest] if not rest:
            return f"two {a} {b}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5), "ab", b"xy", {1: 2}]:
    print(repr(v), seq(v))

# star wildcard uses indexing; named star collects a list
match (1, 2, 3, 4, 5):
    case [a, *_, b]:
        print("subscr", a, b)
match [1, 2, 3, 4, 5]:
    case [*_, x, y]:
        print("tail", x, y)
match range(10):
    case [a, b, *_]:
        print("range head", a, b)
match (1, 2, 3):
    case (*init, last):
        print("init", init, type(init).__name__, "last", last)
match [1]:
    case [*_]:
        print("any sequence")
match []:
    case [*all_]:
        print("star empty", all_)

# open sequence patterns
match 1, 2:
    case a, b:
        print("open", a, b)
match [1, 2, 3]:
    case 1, *r:
        print("open star", r)

# or-patterns, binding the same names in different orders
for v in [[1, 2], (2, "x"), 3, "s", [9, 8]]:
    match v:
        case [1, x] | (2, x):
            print("or-bind", x)
        case 3 | "s" as lit:
            print("or-literal", lit)
        case [a, b] | [b, a]:
            print("swap", a, b)

match (1, 2):
    case (a, b) | [b, a]:
        print("order", a, b)
match {"x": 1, "y": 2}:
    case {"x": a, "y": b} | {"y": b, "x": a}:
        print("map or", a, b)

# as-patterns and groups
match [1, [2, 3]]:
    case [1, [2, _] as inner] as whole:
        print("as", inner, whole)
match 5:
    case (((5))):
        print("group")
match 5:
    case (4 | 5) as v:
        print("grouped or as", v)
match (1, (2, (3, 4))):
    case (a, (b, (c, d))):
        print("deep", a, b, c, d)

# nested sequences
match [[1, 2], [3, [4, 5]]]:
    case [[a, b], [c, [d, e]]]:
        print("nested", a, b, c, d, e)

# literal matching inside sequences uses ==
match [1.0, True, None]:
    case [1, True, None]:
        print("1.0 == 1, True is True, None is None")

# strings are not sequences
match "abc":
    case [a, b, c]:
        print("wrong")
    case str(s):
        print("string", s)

# iterators and sets are not sequences
match iter([1]):
    case [x]:
        print("wrong")
    case _:
        print("iterator is not a sequence")
match {1, 2}:
    case [a, b]:
        print("wrong")
    case _:
        print("set is not a sequence")

# partial matches may leave names bound (CPython 3.11 behaviour)
match [1, 2]:
    case [p, 3]:
        pass
    case _:
        pass
print("p bound?", "p" in globals())
match (1, 2, 3):
    case (q, 9, r) | (q, r, 9):
        pass
    case _:
        pass
print("q bound?", "q" in globals())

# a failed guard leaves the pattern's names bound
match [7, 8]:
    case [g1, g2] if g1 > 100:
        pass
    case _:
        pass
print("after failed guard", g1, g2)
