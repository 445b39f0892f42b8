# __slots__ may be a str, list, tuple, dict or any iterable of strings
import sys
class S:
    __slots__ = "only"
class L:
    __slots__ = ["a", "b"]
class T:
    __slots__ = ("a", "b")
class D:
    __slots__ = {"a": "doc of a", "b": None}
class G:
    __slots__ = iter(["a", "b"])
for cls in (S, L, T, D, G):
    members = sorted(k for k, v in vars(cls).items() if type(v).__name__ == "member_descriptor")
    print(cls.__name__, type(cls.__slots__).__name__, members, sys.getsizeof(cls()))
print(S.__slots__, L.__slots__, D.__slots__)
print(D.a.__doc__, D.b.__doc__)
s = S()
s.only = 1
print(s.only, hasattr(s, "__dict__"))
L.__slots__.append("c")
try:
    L().c = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    exec('class Bad:\n    __slots__ = ""\nBad()')
    print("empty string slot name?")
except TypeError as e:
    print(type(e).__name__, e)
class FromSet:
    __slots__ = frozenset(["z"])
f = FromSet()
f.z = 26
print(f.z)
class Bytes:
    pass
try:
    class B2:
        __slots__ = b"ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B3:
        __slots__ = [b"ab"]
except TypeError as e:
    print(type(e).__name__, e)
