# A metaclass's __call__ controls instantiation; __new__/__init__ run at class creation
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Singleton.instances:
            print("  creating", cls.__name__, args, kw)
            Singleton.instances[cls] = super().__call__(*args, **kw)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, level=0):
        self.level = level
a = Config(1)
b = Config(2)
print(a is b, a.level)
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Raw(metaclass=NoInit):
    def __init__(self):
        print("  never printed")
r = Raw(1, 2)
print(type(r).__name__, r.args)
class Other(type):
    def __call__(cls):
        return 42
class Weird(metaclass=Other):
    pass
print(Weird(), type(Weird()).__name__)
class Tracing(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("  __new__", mcls.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("  __init__", name, kw)
        super().__init__(name, bases, ns)
class T(metaclass=Tracing, flag=True):
    x = 1
    def m(self): pass
class U(T):
    pass
print(type(U).__name__, U.x)
class Bad(type):
    def __new__(mcls, name, bases, ns):
        return "not a class"
class X(metaclass=Bad):
    pass
print(X, type(X).__name__)
def factory(name, bases, ns):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")))
class Y(metaclass=factory):
    a = 1
print(Y)
