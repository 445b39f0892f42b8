# No __dict__ or __weakref__ unless named; subclasses without __slots__ get both back
import weakref, sys
class S:
    __slots__ = ("a",)
s = S()
for fn in (lambda: s.__dict__, lambda: weakref.ref(s), lambda: vars(s)):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print("__dict__" in dir(s), "__weakref__" in dir(s), S.__weakrefoffset__ == 0, S.__dictoffset__ == 0)
class SW:
    __slots__ = ("a", "__weakref__")
sw = SW()
r = weakref.ref(sw)
print(r() is sw, type(SW.__weakref__).__name__, hasattr(sw, "__dict__"))
del sw
print(r())
class SD:
    __slots__ = ("a", "__dict__")
sd = SD()
sd.a, sd.b = 1, 2
print(sd.__dict__, type(SD.__dict__["__dict__"]).__name__, vars(sd))
try:
    weakref.ref(sd)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(S):
    pass
sub = Sub()
sub.a, sub.z = 1, 2
print(sub.__dict__, weakref.ref(sub)() is sub)
class SubSlots(S):
    __slots__ = ("b",)
ss = SubSlots()
try:
    ss.c = 1
except AttributeError as e:
    print(type(e).__name__, e)
class SubW(S):
    __slots__ = ("__weakref__",)
print(weakref.ref(SubW())() is None, hasattr(SubW(), "__dict__"))
class Plain:
    pass
print(Plain.__weakrefoffset__ != 0, Plain.__dictoffset__ != 0, type(Plain.__dict__["__dict__"]).__name__)
print(sorted(k for k in Plain.__dict__), sorted(k for k in S.__dict__))
print(sys.getsizeof(S()) < sys.getsizeof(SW()) < sys.getsizeof(Plain()))
