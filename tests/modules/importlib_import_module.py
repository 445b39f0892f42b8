# importlib.import_module: absolute and relative names, the module itself is
# returned (not the top package), sys.modules caching, error messages.
import importlib
import sys
m = importlib.import_module("_helpers.pkg.sub")
print(m.__name__, m is sys.modules["_helpers.pkg.sub"], m.where())
top = __import__("_helpers.pkg.sub")
print(top.__name__, top.pkg.sub is m)
print(importlib.import_module(".sub", "_helpers.pkg") is m)
print(importlib.import_module("..shared_state", "_helpers.pkg").__name__)
print(importlib.import_module(".", "_helpers.pkg").__name__)
print(importlib.import_module("..pkg.sub", "_helpers.pkg") is m)
print(importlib.import_module("_helpers.pkg.relative").summary)
print(importlib.import_module("json", "ignored.package").__name__)
again = importlib.import_module("_helpers.shared_state")
print(again.runs, again is importlib.import_module("_helpers.shared_state"))
tries = [(".sub",), ("..sub", None), ("",), (".x", 5), ("...x", "_helpers.pkg"),
         ("no_such_mod_xyz",), ("_helpers.nothing_here",), ("_helpers.shared_state.x",),
         ("_helpers.broken",)]
for args in tries:
    try:
        importlib.import_module(*args)
        print("imported", args)
    except Exception as e:
        print(args, type(e).__name__, e)
sys.modules["halted_mod"] = None
try:
    importlib.import_module("halted_mod")
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["halted_mod"]
print(importlib.invalidate_caches())
print(callable(importlib.__import__), sorted(importlib.__all__))
print(importlib.import_module("importlib") is importlib)
