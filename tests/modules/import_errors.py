import sys
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _helpers.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _helpers.no_all import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print("importing a module that raises")
try:
    import _helpers.broken
except ValueError as e:
    print(type(e).__name__, e)
print("_helpers.broken" in sys.modules)
try:
    import _helpers.broken
except ValueError as e:
    print("runs again:", type(e).__name__, e)
try:
    import sys.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
m = __import__("_helpers.no_all")
print(m.__name__, m.no_all.public_value)
print(issubclass(ModuleNotFoundError, ImportError))
