# get_referents / get_referrers on simple cases; get_objects.
import gc
gc.disable()

class Box:
    pass

a = [1, "two", None]
print(sorted(map(repr, gc.get_referents(a))))
t = ("x", a)
print(len(gc.get_referents(t)), any(r is a for r in gc.get_referents(t)))
d = {1: a}
print(sorted(map(repr, gc.get_referents(d))))
print(gc.get_referents(1, "s"))
print(len(gc.get_referents(a, t)))

holder = [a]
refs = gc.get_referrers(a)
print("holder refers to a:", any(r is holder for r in refs))
print("t refers to a:", any(r is t for r in refs))
print("d refers to a:", any(r is d for r in refs))
lonely = []
print("no referrer list:", [r for r in gc.get_referrers(lonely) if type(r) is list])

b = Box()
b.item = a
print("Box instance among referrers:", any(r is b for r in gc.get_referrers(a)))
print("referents of Box instance include its class:", Box in gc.get_referents(b))

objs = gc.get_objects()
print(type(objs).__name__, any(o is holder for o in objs))
empty = ()
print("untracked tuple absent:", not any(o is empty for o in objs))
gc.collect()
print("gen0 empty after collect:", gc.get_objects(0) == [])
print("holder in gen2:", any(o is holder for o in gc.get_objects(2)))
try:
    gc.get_objects(3)
except ValueError as e:
    print(type(e).__name__, e)
