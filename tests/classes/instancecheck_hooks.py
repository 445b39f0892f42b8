# isinstance / issubclass consult the metaclass hooks
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Mallard:
    quack = True
class Rock: pass
print(isinstance(Mallard(), Duck), isinstance(Rock(), Duck))
print(issubclass(Mallard, Duck), issubclass(Rock, Duck))
d = Duck()
print(isinstance(d, Duck), "exact type match skips the hook")
print(isinstance(Mallard(), (int, Duck)), issubclass(Mallard, (int, (str, Duck))))
class Sub(Duck): pass
print(isinstance(Sub(), Duck))
for fn in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
           lambda: isinstance(1, (int, 1)), lambda: issubclass(int, (1,))):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
class Virtual:
    __bases__ = (int,)
    __class__ = int
print(issubclass(Virtual(), int) if False else "skip", isinstance(5, int))
class LiesAboutClass:
    @property
    def __class__(self):
        return int
print(isinstance(LiesAboutClass(), int), type(LiesAboutClass()).__name__)
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "non-empty string"
class T(metaclass=Truthy): pass
print(isinstance(1, T))
class Raising(type):
    def __subclasscheck__(cls, sub):
        raise ValueError("no way")
class Rz(metaclass=Raising): pass
try:
    issubclass(int, Rz)
except ValueError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError
    except Rz:
        pass
except TypeError as e:
    print("except clause:", type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(None, type(None)))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
