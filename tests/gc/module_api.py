# The gc module's names, docstring and argument checking.
import gc
import _weakref
gc.disable()

print(sorted(n for n in dir(gc) if not n.startswith("_")))
print(gc.__doc__.splitlines()[0])
print(_weakref.__doc__)
print(type(gc.garbage).__name__, type(gc.callbacks).__name__)

held = []
all_none = gc.get_objects(None)
all_minus_one = gc.get_objects(-1)
print("-1 means every generation too (+1: the first result):", len(all_minus_one) - len(all_none))
print("the result list itself is left out:", not any(o is all_none for o in all_none))
del all_none, all_minus_one
for bad in (-2, 3, "x", 1.5):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gc.is_finalized(1), gc.is_tracked(held), gc.is_finalized(held))
print(gc.get_referrers(), gc.get_referents())
for bad in ("1", None):
    try:
        gc.set_threshold(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
