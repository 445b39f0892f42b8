# importlib.util.find_spec and resolve_name; reload of a submodule found again
# along its parent package's __path__.
import importlib
import importlib.util
import sys
print(importlib.util.find_spec("no_such_mod_xyz"))
print(importlib.util.find_spec("_helpers.not_there"))
spec = importlib.util.find_spec("_helpers.pkg.sub")
print("_helpers.pkg.sub" in sys.modules, "_helpers.pkg" in sys.modules)
print(spec.name, spec.parent, spec.origin.split("/")[-3:], spec.has_location)
print(spec.submodule_search_locations)
pspec = importlib.util.find_spec("_helpers.pkg")
print(pspec.name, pspec.parent, pspec.origin.split("/")[-2:])
print([p.split("/")[-2:] for p in pspec.submodule_search_locations])
print(importlib.util.find_spec(".pkg", "_helpers").name)
g = importlib.util.find_spec("_helpers.guarded")
print(g.name, g.parent, g.origin.split("/")[-2:], g.submodule_search_locations, g.has_location)
print("_helpers.guarded" in sys.modules, g.loader is None or g.loader is not None)
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys").has_location)
import _helpers.pkg.sub as sub
s2 = importlib.util.find_spec("_helpers.pkg.sub")
print(s2 is sub.__spec__, s2.name)
for name, pkg in [(".x", None), ("..x", "a"), ("_helpers.shared_state.x", None)]:
    try:
        importlib.util.find_spec(name, pkg)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.util.resolve_name("..y", "a.b.c"), importlib.util.resolve_name("abs", None))
print(importlib.util.resolve_name(".", "a.b"))
try:
    importlib.util.resolve_name(".z", "")
except ImportError as e:
    print(type(e).__name__, e)
sub.where_before = sub.where
sub.extra = "extra"
print(importlib.reload(sub) is sub, sub.extra, sub.where is sub.where_before)
print(sub.where(), sub.sub_value, sys.modules["_helpers.pkg"].sub is sub)
m = type(sys)("has_none_spec")
m.__spec__ = None
sys.modules["has_none_spec"] = m
try:
    importlib.util.find_spec("has_none_spec")
except ValueError as e:
    print(type(e).__name__, e)
del sys.modules["has_none_spec"]
