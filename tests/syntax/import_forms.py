import sys
print(type(sys).__name__, sys.__name__)
import sys as system
print(system is sys)
from sys import argv
print(argv is sys.argv)
from sys import getrecursionlimit as grl, maxsize
print(grl() == sys.getrecursionlimit(), maxsize == sys.maxsize)
from sys import (
    version_info,
    modules,
)
print(version_info[:2], modules is sys.modules)

def local_import():
    import sys as s2
    return s2 is sys
print(local_import())
print("s2" in globals())

try:
    import no_such_module_glass_test
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
print(isinstance(ModuleNotFoundError(), ImportError))
print("sys" in sys.modules, sys.modules["sys"] is sys)
import sys, sys
print(sys.__name__)
print(__name__)
