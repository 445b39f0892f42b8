# A class __dict__ is a read-only mappingproxy; changes go through setattr on the class
class C:
    a = 1
    def m(self):
        return "m"
mp = C.__dict__
print(type(mp).__name__, mp["a"], "a" in mp, mp.get("zz", "dflt"), len(mp) > 3)
for stmt in ('mp["a"] = 2', 'del mp["a"]', 'mp.clear()', 'mp.update({})', 'mp.pop("a")', 'mp.setdefault("q", 1)'):
    try:
        exec(stmt)
        print(stmt, "ok")
    except (TypeError, AttributeError) as e:
        print(stmt, "->", type(e).__name__, e)
C.b = 2
print(mp["b"], "live view", sorted(k for k in mp if not k.startswith("__")))
print(vars(C) is not None, type(vars(C)).__name__, vars(C)["a"])
cp = mp.copy()
print(type(cp).__name__, cp["a"])
print(sorted(mp.keys())[:2], type(mp.items()).__name__)
from types import MappingProxyType
d = {"x": 1}
proxy = MappingProxyType(d)
d["y"] = 2
print(proxy, proxy == d, repr(proxy))
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    proxy["z"] = 3
except TypeError as e:
    print(type(e).__name__, e)
print(proxy | {"z": 3}, type(proxy | {"z": 3}).__name__)
try:
    C.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.nothere
except AttributeError as e:
    print(type(e).__name__, e)
del C.b
print("b" in mp)
print(type(int.__dict__).__name__, int.__dict__["real"].__class__.__name__)
