# __new__ creates, __init__ initialises; argument checks of object.__new__/__init__
class Tracked:
    def __new__(cls, *args, **kw):
        print("  __new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print("  __init__", args, kw)
        self.args = args
t = Tracked(1, k=2)
print(t.args)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never")
print(Other())
class SubReturn:
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("  SubReturn.__init__ on", type(self).__name__)
class Child(SubReturn):
    pass
print(type(SubReturn()).__name__)
class Unrelated:
    def __new__(cls):
        return object.__new__(Plain)
class Plain:
    def __init__(self):
        print("  Plain.__init__ never")
print(type(Unrelated()).__name__)
for cls, args, kw in [(Plain, (1,), {}), (object, (1,), {}), (Plain, (), {"x": 1})]:
    try:
        cls(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
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
