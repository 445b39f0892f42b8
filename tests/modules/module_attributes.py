import sys
import _helpers.no_all as mod
print(type(mod).__name__, mod.__name__, mod.__package__, mod.__spec__ is not None if hasattr(mod, "__spec__") else True)
print(sorted(k for k in vars(mod) if not k.startswith("__")))
print(mod.__file__.split("/")[-1], mod.__doc__, "__builtins__" in vars(mod))
mod.added_later = "set from outside"
import _helpers.no_all as again
print(again.added_later, again is mod)
print(getattr(mod, "public_value"), hasattr(mod, "_private_value"), mod.public_func())
del mod.added_later
print(hasattr(again, "added_later"))
try:
    mod.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(sys).startswith("<module 'sys'"), repr(mod).startswith("<module '_helpers.no_all' from"))
print(mod.__dict__ is vars(mod), type(mod.__dict__).__name__)
ModuleType = type(sys)
m = ModuleType("made_by_hand", "doc of made_by_hand")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
exec("y = x + 1", m.__dict__)
print(m.y)
print("made_by_hand" in sys.modules)
sys.modules["made_by_hand"] = m
import made_by_hand
print(made_by_hand is m, made_by_hand.y)
del sys.modules["made_by_hand"]
