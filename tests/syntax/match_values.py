# match: which side's __eq__ runs for value patterns; self-matching subclasses vs __match_args__
log = []
class S:
    def __eq__(self, o):
        log.append(("S.eq", o if isinstance(o, int) else type(o).__name__))
        return o == 2
    __hash__ = object.__hash__
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(("V.eq", self.v))
        return NotImplemented
class NS:
    a = V(1)
    b = V(2)
match S():
    case 1 | 2:
        print("matched", log)
log.clear()
match S():
    case NS.a | NS.b:
        print("wrong")
    case _:
        print("attr values", log)
log.clear()
match [S(), S()]:
    case [1, 1] | [2, 2]:
        print("seq", log)
log.clear()
match {"k": S()}:
    case {"k": 3} | {"k": 2}:
        print("map", log)
log.clear()
match 5:
    case int(x, real=r, imag=i):
        print("self + kw", x, r, i)
class T(tuple):
    pass
match T((1, 2)):
    case tuple(t):
        print("tuple subclass self", type(t).__name__, t)
class B(int):
    __match_args__ = ("real",)
match B(7):
    case B(r):
        print("match_args beats self", r, type(r).__name__)
class E(int):
    __match_args__ = ()
try:
    match E(7):
        case E(r):
            pass
except TypeError as e:
    print(e)
