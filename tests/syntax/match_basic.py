# match: literal, capture, wildcard, value, guard and default cases
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class K:
    ZERO = 0
    NAME = "k"


def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1 + 2j:
            return "complex"
        case -3-4j:
            return "neg complex"
        case "a" "b":
            return "ab"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case K.NAME:
            return "K.NAME"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return "other"


for v in [0, -1, 1.5, 1 + 2j, -3 - 4j, "ab", b"bytes", None, True, False, 1, 0.0, Color.RED,
          Color.GREEN, "k", 500, 50, "zz"]:
    print(repr(v), "->", classify(v))

# True is matched by identity: 1 does not match True, and 1.0 == 1 matches 1
match 1:
    case True:
        print("wrong")
    case 1.0:
        print("1 matches 1.0")

# capture binds; the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 42


match subject():
    case 41:
        print("no")
    case 43 | 44:
        print("no")
    case answer:
        print("captured", answer, "calls", len(calls))

# no case matches: nothing happens, names stay unbound
match 5:
    case 1:
        unbound_name = 1
print("unbound" if "unbound_name" not in globals() else "bound")

# guard sees the captured name and may fail; later cases still run
for v in [3, -3, 0]:
    match v:
        case x if x > 0:
            print("positive", x)
        case x if x < 0:
            print("negative", x)
        case _:
            print("zero", x)

# guard on a wildcard default
match 7:
    case 1:
        pass
    case _ if False:
        print("never")
print("after guarded default")

# a match statement inside a function: names are locals
def f(v):
    match v:
        case [a, b]:
            return a + b
        case other:
            return other
print(f([1, 2]), f(9), f.__code__.co_varnames)

# break / continue / return inside cases
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
    print("loop", i)

# nested match
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "00"
                case _:
                    return "0?"
        case _:
            return "??"
print(nested(0, 0), nested(0, 1), nested(1, 0))

# subject tuple without parentheses, star in subject
match 1, 2:
    case (1, y):
        print("tuple subject", y)
rest = [3, 4]
match 1, *rest:
    case [1, *others]:
        print("star subject", others)
match (w := 10):
    case 10:
        print("walrus subject", w)
