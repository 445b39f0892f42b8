# match: evaluation order of lookups, comparisons and lengths (side effects)
log = []


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        log.append(f"eq {self.name} {other!r}")
        return self.name == other

    __hash__ = None


class C:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        log.append("get a")
        return "A"

    @property
    def b(self):
        log.append("get b")
        return "B"

    @property
    def c(self):
        log.append("get c")
        return "C"


def run(subject, label):
    log.clear()
    match subject:
        case C("x", b="B"):
            r = 1
        case C(a, c="nope"):
            r = 2
        case C("A", "B", c=c):
            r = 3
        case _:
            r = 0
    print(label, r, log)


run(C(), "class")


class L(list):
    def __len__(self):
        log.append("len")
        return list.__len__(self)

    def __getitem__(self, i):
        log.append(f"getitem {i!r}")
        return list.__getitem__(self, i)

    def __iter__(self):
        log.append("iter")
        return list.__iter__(self)


log.clear()
match L([1, 2, 3]):
    case [1, 2]:
        pass
    case [x, *_, y]:
        print("subscr path", x, y, log)
log.clear()
match L([1, 2, 3]):
    case [x, *rest]:
        print("unpack path", x, rest, log)


class D(dict):
    def __len__(self):
        log.append("len")
        return dict.__len__(self)

    def get(self, k, default=None):
        log.append(f"get {k!r}")
        return dict.get(self, k, default)

    def keys(self):
        log.append("keys")
        return dict.keys(self)

    def __iter__(self):
        log.append("iter")
        return dict.__iter__(self)

    def __getitem__(self, k):
        log.append(f"getitem {k!r}")
        return dict.__getitem__(self, k)


log.clear()
match D(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        pass
    case {"b": 2, **rest}:
        print("mapping", rest, log)

log.clear()
match 3:
    case Loud("x") | Loud("y"):
        pass
    case _:
        pass
print("values compare subject == value:", log)

# length checks and element access for each sequence pattern shape
class L(list):
    def __len__(self):
        log.append("len")
        return list.__len__(self)
    def __getitem__(self, i):
        log.append(f"gi{i}")
        return list.__getitem__(self, i)
    def __iter__(self):
        log.append("iter")
        return list.__iter__(self)
for pat in ["[*_]", "[_, *_]", "[*_, _]", "[x, *_]", "[*_, x]", "[x, *_, y]", "[*r]", "[x, *r]", "[_, _]", "[]", "[x]", "[_, *_, _]"]:
    for v in [[], [1], [1, 2, 3]]:
        log.clear()
        ns = {"L": L, "v": v}
        exec(f"match L(v):\n case {pat}: m = True\n case _: m = False", ns)
        print(pat, v, ns["m"], log)
