# __class__ assignment: allowed between compatible heap types, refused otherwise
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
class SA:
    __slots__ = ("v",)
class SB:
    __slots__ = ("v",)
class SC:
    __slots__ = ("w",)
class SD:
    __slots__ = ("v", "w")
s = SA(); s.v = 5
s.__class__ = SB
print(type(s).__name__, s.v)
cases = [
    ("slots differ", lambda: setattr(SA(), "__class__", SC)),
    ("more slots", lambda: setattr(SA(), "__class__", SD)),
    ("slots to plain", lambda: setattr(SA(), "__class__", A)),
    ("plain to slots", lambda: setattr(A(), "__class__", SA)),
    ("int", lambda: setattr(1, "__class__", bool)),
    ("object", lambda: setattr(object(), "__class__", A)),
    ("to object", lambda: setattr(A(), "__class__", object)),
    ("not a class", lambda: setattr(A(), "__class__", 5)),
    ("list", lambda: setattr([], "__class__", A)),
    ("del", lambda: delattr(A(), "__class__")),
]
for label, fn in cases:
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
