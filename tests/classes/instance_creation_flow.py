log = []
class Tracked:
    def __new__(cls, *args, **kw):
        log.append(("__new__", cls.__name__, args, kw))
        return super().__new__(cls)
    def __init__(self, a, b=0):
        log.append(("__init__", a, b))
        self.a, self.b = a, b
t = Tracked(1, b=2)
print(log, vars(t))
log.clear()
class Child(Tracked):
    def __init__(self, a):
        log.append(("Child.__init__", a))
        super().__init__(a, b=a * 10)
c = Child(3)
print(log, vars(c))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
n = NoInit()
print(vars(n), type(n).__name__)
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.v = v
        return inst
print(OnlyNew(7).v)
class Alt:
    def __init__(self, x):
        self.x = x
    @classmethod
    def from_string(cls, s):
        return cls(int(s))
print(Alt.from_string("42").x, type(Alt.from_string("1")).__name__)
obj = Tracked.__new__(Tracked)
print(hasattr(obj, "a"), type(obj).__name__)
obj.__init__(9)
print(obj.a, obj.b)
class Counted:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounted(Counted):
    pass
Counted(); Counted(); SubCounted()
print(Counted.instances, SubCounted.instances)
