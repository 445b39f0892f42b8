# dataclasses: enum defaults, per-field kw_only, KW_ONLY twice, string InitVar, frozen slots.
from dataclasses import dataclass, field, fields, KW_ONLY, FrozenInstanceError, InitVar
import enum, json
class Color(enum.Enum):
    RED = 1
@dataclass
class A:
    c: Color = Color.RED
    x: int = field(default=3, kw_only=True)
    y: int = 0
print(A(), A(Color.RED, 5, x=1), A.c, A.x)
try:
    @dataclass
    class B:
        _: KW_ONLY
        a: int = 0
        __: KW_ONLY
except TypeError as e: print(e)
@dataclass
class S:
    self: int
print(S(self=3))
class I(enum.IntEnum):
    A = 1
class St(str, enum.Enum):
    B = 'b'
print(json.dumps([I.A, St.B, {I.A: St.B}]))
@dataclass(frozen=True, slots=True)
class FS:
    a: int
fs = FS(1)
try: fs.a = 2
except FrozenInstanceError as e: print(e)
print(fs, hash(fs) == hash((1,)))
@dataclass
class Gen:
    a: list[int] = field(default_factory=lambda: [1])
    b: 'dict[str, int]' = field(default_factory=dict)
print(Gen(), Gen.__doc__)
@dataclass
class WithCV:
    n: 'ClassVar[int]' = 5
    a: int = 1
print(WithCV(), fields(WithCV)[0].name, WithCV.n)
import dataclasses
@dataclass
class IVs:
    a: int
    b: 'InitVar[int]' = 1
    c: 'dataclasses.InitVar[int]' = 2
    d: 'dc.InitVar' = 3
    def __post_init__(self, b, c): print('post', b, c)
print(IVs(0), [f.name for f in fields(IVs)])
