# copyreg: the reconstructors object.__reduce_ex__ names, the registry, slot names.
import copyreg
import copy

class P:
    def __init__(self, x):
        self.x = x
        print("__init__ ran")

p = P(1)
func, args, state = p.__reduce_ex__(2)[:3]
print(func is copyreg.__newobj__, args[0] is P, state)
q = copyreg.__newobj__(P)
print(type(q).__name__, vars(q))
r = copy.copy(p)
print(r.x, r is p)

class S:
    __slots__ = ("a", "__b", "__weakref__")
class T(S):
    __slots__ = ("c",)
print(copyreg._slotnames(T), T.__slotnames__)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(pt):
    return (Point, (pt.x * 10, pt.y * 10))
copyreg.pickle(Point, reduce_point)
print(Point in copyreg.dispatch_table)
for bad in [lambda: copyreg.pickle(Point, 5), lambda: copyreg.constructor(3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
copyreg.add_extension("mod", "name", 123)
print(copyreg._extension_registry[("mod", "name")], copyreg._inverted_registry[123])
try:
    copyreg.add_extension("mod", "other", 123)
except ValueError as e:
    print(type(e).__name__, e)
copyreg.remove_extension("mod", "name", 123)
print(("mod", "name") in copyreg._extension_registry)
