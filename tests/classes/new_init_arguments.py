# Argument checks of object.__new__ / object.__init__ and re-running __init__
class Tracked:
    def __new__(cls, *args):
        return super().__new__(cls)
class OnlyInit:
    def __init__(self, a):
        self.a = a
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(OnlyInit(1).a, type(OnlyNew(1)).__name__)
for fn in (lambda: object.__new__(OnlyInit, 1), lambda: object.__init__(OnlyNew(1), 1)):
    try:
        fn()
        print("accepted")
    except TypeError as e:
        print(type(e).__name__, e)
class RetInit:
    def __init__(self):
        return 5
try:
    RetInit()
except TypeError as e:
    print(type(e).__name__, e)
for fn in (lambda: object.__new__(5), lambda: object.__new__(int), lambda: int.__new__(str), lambda: object.__new__(Tracked)):
    try:
        print(type(fn()).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class Reinit:
    def __init__(self, v): self.v = v
r = Reinit(1); r.__init__(2)
print(r.v)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("  init again", key)
print(Cached("a") is Cached("a"))
