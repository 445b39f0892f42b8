# importlib.reload re-runs the module's file in the same namespace: the module
# object and objects made before keep their identity, names the new source does
# not define survive; errors for non-modules and modules not in sys.modules.
import importlib
import os
import sys
PATH = "/tmp/glass_test_reload_mod.py"
def write(text):
    with open(PATH, "w") as f:
        f.write(text)
write("print('  [body v1 runs]')\nVERSION = 1\nOLD_ONLY = 'kept'\n"
      "class Thing:\n    kind = 'v1'\ncounter = globals().get('counter', 0) + 1\n")
sys.path.insert(0, "/tmp")
try:
    import glass_test_reload_mod as mod
    first = mod.Thing()
    old_class = mod.Thing
    print(mod.VERSION, mod.counter, first.kind)
    write("print('  [body v2 runs]')\nVERSION = 2\n"
          "class Thing:\n    kind = 'v2'\ncounter = globals().get('counter', 0) + 1\n")
    result = importlib.reload(mod)
    print(result is mod, sys.modules["glass_test_reload_mod"] is mod)
    print(mod.VERSION, mod.counter, mod.OLD_ONLY, mod.Thing().kind)
    print(first.kind, type(first) is old_class, mod.Thing is old_class)
    import glass_test_reload_mod as again
    print(again is mod, again.VERSION)
    write("VERSION = 3\nraise RuntimeError('v3 fails')\n")
    try:
        importlib.reload(mod)
    except RuntimeError as e:
        print(type(e).__name__, e, mod.VERSION, "glass_test_reload_mod" in sys.modules)
    write("VERSION = 4\n")
    print(importlib.reload(mod).VERSION, mod.counter)
    print(importlib.reload(sys) is sys)
    for bad in [42, None, "glass_test_reload_mod", type(sys)("not_registered")]:
        try:
            importlib.reload(bad)
        except (TypeError, ImportError) as e:
            print(type(e).__name__, e, getattr(e, "name", None))
    del sys.modules["glass_test_reload_mod"]
    try:
        importlib.reload(mod)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
finally:
    sys.path.remove("/tmp")
    os.remove(PATH)
print(os.path.exists(PATH))
