import sys
if sys.version_info >= (3, 11):
    import sys as chosen
    which = "new"
else:
    which = "old"
print(which, chosen is sys)
try:
    import not_a_real_module_xyz as mod
except ImportError:
    mod = None
print(mod)
def lazy():
    import sys
    return sys.getrecursionlimit()
print(lazy())
for name in ("sys", "builtins"):
    m = __import__(name)
    print(m.__name__)
if True:
    from sys import version_info as vi
print(vi[:2])
class UsesImport:
    import sys as cls_sys
    limit = cls_sys.getrecursionlimit()
print(UsesImport.limit, UsesImport.cls_sys is sys)
def import_in_function_is_local():
    import sys as local_sys
    return "local_sys" in locals()
print(import_in_function_is_local(), "local_sys" in globals())
try:
    from sys import (argv,
                     path as p,)
    print(type(argv).__name__, type(p).__name__)
except ImportError as e:
    print(e)
modules_before = set(sys.modules)
import sys
print(set(sys.modules) == modules_before)
del sys
try:
    sys
except NameError as e:
    print(type(e).__name__, e)
import sys
print("sys" in dir())
