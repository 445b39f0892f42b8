# gc.is_tracked: atoms and containers of atoms only are untracked.
import gc
gc.disable()

class C:
    pass
class S:
    __slots__ = ("a",)

def f():
    pass

untracked = [1, "abc", 1.5, None, b"x", 1j, bytearray(), range(3), object(),
             (), {}, {"a": 1}, dict(a=1), True]
for x in untracked:
    print(type(x).__name__, gc.is_tracked(x))
print("---")
tracked = [([],), {"a": []}, C(), S(), f, lambda: 0, C, gc, C().__init__,
           [], set(), frozenset(), slice(1, 2)]
for x in tracked:
    print(type(x).__name__, gc.is_tracked(x))
print("---")
# Tuples of atoms start tracked and are untracked by the first collection
# that examines them.
t = tuple([1, 2])
print("new tuple", gc.is_tracked(t))
gc.collect(0)
print("after collect(0)", gc.is_tracked(t))
u = tuple([1, []])
gc.collect()
print("tuple holding a list", gc.is_tracked(u))
# A dict becomes tracked when it stores a GC object; only a full collection
# untracks it again.
d = {}
print("empty dict", gc.is_tracked(d))
d["k"] = []
print("dict with a list", gc.is_tracked(d))
d["k"] = 1
print("list replaced", gc.is_tracked(d))
gc.collect(1)
print("after collect(1)", gc.is_tracked(d))
gc.collect()
print("after collect()", gc.is_tracked(d))
d2 = {"x": ()}
print("dict holding an untracked tuple", gc.is_tracked(d2))
d3 = {"x": [1]}
print("copy of a tracked dict", gc.is_tracked(d3.copy()))
c = C()
c.x = 1
print("instance __dict__ of atoms", gc.is_tracked(c.__dict__))
