# dataclasses: order, frozen, unsafe_hash, eq=False, kw_only, KW_ONLY and slots.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
    c: list = field(default_factory=list, compare=False, repr=False)

v = V(1)
print(v, v < V(2), V(1, 'a') < V(1, 'b'), V(2) >= V(2), V(1) > V(0, 'zz'))
print(sorted([V(3), V(1), V(2, 'q')]), hash(v) == hash((1, 'z')))
try:
    v.a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.b
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    V(1) < 5
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(unsafe_hash=True)
class H:
    x: int
    y: int = field(hash=False)

print(hash(H(1, 2)) == hash((1,)), H.__hash__ is not None)

@dataclass(eq=False)
class NE:
    x: int

print(NE(1) == NE(1), NE.__hash__ is object.__hash__)

@dataclass
class WithHash:
    x: int

    def __hash__(self):
        return 7

print(hash(WithHash(1)))
