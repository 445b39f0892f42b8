# sys's struct sequences and constants: tuple behaviour, named fields, reprs.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v >= (3, 11), v < (4,), isinstance(v, tuple), len(v))
print(type(v).__name__, type(sys.flags).__name__, type(sys.float_info).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.flags.optimize, sys.flags.hash_randomization, sys.flags.dev_mode, sys.flags.int_max_str_digits)
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(2000); print(sys.getrecursionlimit()); sys.setrecursionlimit(1000)
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
try:
    sys.intern(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.exception(), sys.exc_info())
try:
    raise KeyError('k')
except KeyError as e:
    print(sys.exception() is e, sys.exc_info()[0].__name__)
print(sys.getsizeof(1) > 0, sys.getsizeof([]) - sys.getsizeof(()) , sys.getsizeof(object(), 7) > 0)
try:
    sys.exit((1, 2))
except SystemExit as e:
    print(e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
