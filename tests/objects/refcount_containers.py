import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
containers = {
    "list": lambda: [t],
    "tuple": lambda: (t,),
    "dict value": lambda: {"k": t},
    "dict key": lambda: {t: 1},
    "set": lambda: {t},
    "frozenset": lambda: frozenset([t]),
    "nested": lambda: [[t]],
}
for name, make in containers.items():
    c = make()
    print(f"{name:10} +{sys.getrefcount(t) - base}")
    del c
print("all released:", sys.getrefcount(t) - base)
many = [t] * 10
print("ten slots:", sys.getrefcount(t) - base)
many[:5] = []
print("five removed:", sys.getrefcount(t) - base)
many.clear()
print("cleared:", sys.getrefcount(t) - base)
class HasAttr:
    pass
h = HasAttr()
h.a = t
h.b = t
print("two attributes:", sys.getrefcount(t) - base)
h.a = None
print("one replaced:", sys.getrefcount(t) - base)
del h
print("owner freed:", sys.getrefcount(t) - base)
def closure():
    return lambda: t
f = closure()
print("global access in closure adds nothing:", sys.getrefcount(t) - base)
it = iter([t])
print("iterator over list:", sys.getrefcount(t) - base)
next(it)
del it
print("iterator gone:", sys.getrefcount(t) - base)
u = Thing()
ub = sys.getrefcount(u)
u_self_cycle = [u]
u_self_cycle.append(u_self_cycle)
print("cycle list holds one:", sys.getrefcount(u) - ub)
