# match: __match_args__ of dataclasses, namedtuples and the struct sequences (os.stat_result, time.struct_time, sys.*)
import dataclasses, collections
@dataclasses.dataclass
class A:
    a: int
    b: int = dataclasses.field(default=0, init=False)
    _: dataclasses.KW_ONLY
    c: int = 1
print(A.__match_args__)
@dataclasses.dataclass(kw_only=True)
class B:
    x: int
print(B.__match_args__)
class Explicit:
    __match_args__ = ("q",)
@dataclasses.dataclass
class C(Explicit):
    q: int
    r: int
print(C.__match_args__)
@dataclasses.dataclass
class D:
    __match_args__ = ("mine",)
    v: int
print(D.__match_args__)
print(collections.namedtuple("T", ["x", "y"], rename=True).__match_args__)
import os, time, sys
print(type(os.stat(".")).__match_args__[:3] if hasattr(type(os.stat(".")), "__match_args__") else None)
print(os.stat_result.__match_args__)
print(time.struct_time.__match_args__)
for t in [sys.flags, sys.version_info, sys.float_info, sys.int_info, sys.hash_info]:
    print(type(t).__match_args__)
match sys.version_info:
    case (3, minor, *_):
        print("minor", minor)
match time.gmtime(0):
    case time.struct_time(tm_year=y):
        print("year", y)
match os.stat("."):
    case os.stat_result(mode, ino):
        print("stat ok", mode == os.stat(".").st_mode)
