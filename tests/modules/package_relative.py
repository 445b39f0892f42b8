import sys
print("importing the package")
import _helpers.pkg
print(_helpers.pkg.sub_value, _helpers.pkg.sub.where(), _helpers.pkg.PKG_CONST)
print(_helpers.pkg.__name__, _helpers.pkg.__package__, _helpers.pkg.sub.__package__)
print(_helpers.pkg.__file__.split("/")[-2:], hasattr(_helpers.pkg, "__path__"), hasattr(_helpers.pkg.sub, "__path__"))
print("importing a module that uses relative imports")
from _helpers.pkg import relative
print(relative.summary)
print(relative.__name__, relative.__package__)
from _helpers.pkg.sub import where as w
print(w())
import _helpers.pkg.sub as s
print(s is _helpers.pkg.sub, s is sys.modules["_helpers.pkg.sub"])
print(sorted(k for k in sys.modules if k.startswith("_helpers")))
try:
    exec("from . import anything")
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _helpers.pkg.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helpers.pkg import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
