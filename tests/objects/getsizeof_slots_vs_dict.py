# A 2-slot instance is smaller than a plain instance plus its __dict__
import sys
class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
p, s = Plain(), Slotted()
print("slotted", sys.getsizeof(s), "plain", sys.getsizeof(p))
print("slotted < plain + dict:", sys.getsizeof(s) < sys.getsizeof(p) + sys.getsizeof(p.__dict__))
print("dict exists:", hasattr(p, "__dict__"), hasattr(s, "__dict__"))
print("dict is big:", sys.getsizeof(p.__dict__) > 100)
for n in range(6):
    cls = type(f"S{n}", (), {"__slots__": tuple(f"f{i}" for i in range(n))})
    print(n, "slots:", sys.getsizeof(cls()), "__sizeof__", cls().__sizeof__())
class SW:
    __slots__ = ("a", "__weakref__")
class SD:
    __slots__ = ("a", "__dict__")
class SDW:
    __slots__ = ("a", "__dict__", "__weakref__")
print(sys.getsizeof(SW()), sys.getsizeof(SD()), sys.getsizeof(SDW()), sys.getsizeof(Plain()))
class Child(Slotted):
    __slots__ = ("c",)
print("inherited slots:", sys.getsizeof(Child()))
class ChildPlain(Slotted):
    pass
print("slots + dict from subclass:", sys.getsizeof(ChildPlain()))
print(Plain().__sizeof__(), Slotted().__sizeof__(), object().__sizeof__())
print(Slotted.__basicsize__, Child.__basicsize__, object.__basicsize__, Plain.__basicsize__ > object.__basicsize__)
print(Slotted.__itemsize__, Plain.__dictoffset__ != 0, Slotted.__dictoffset__)
