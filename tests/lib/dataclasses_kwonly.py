# dataclasses: kw_only, KW_ONLY, slots=True and init=False/repr=False.
from dataclasses import dataclass, KW_ONLY

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2

print(K(a=1), K(b=3, a=0), K.__match_args__)
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class KO:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int

print(KO(1, c=3), KO.__doc__)

@dataclass(slots=True)
class SL:
    x: int
    y: int = 3

s = SL(1)
print(s, SL.__slots__, hasattr(s, '__dict__'), s == SL(1, 3))
try:
    s.z = 1
except AttributeError:
    print("AttributeError")

@dataclass(repr=False, init=False)
class Bare:
    x: int = 5

print(Bare().x, type(repr(Bare())).__name__)
