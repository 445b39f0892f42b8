# __prepare__ supplies the class body namespace; keywords reach it
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  __prepare__", name, [b.__name__ for b in bases], kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, option=1):
    z = 1
    a = 2
    def m(self): pass
    z = 3
print(A.order, A.z, type(A.__dict__).__name__)
class B(A, option=2):
    b = 1
print(B.order)
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Dup()
try:
    class C(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)
print(type(type.__prepare__("n", ())).__name__, type.__prepare__("n", (), k=1))
class NotMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class D(metaclass=NotMapping):
        pass
except TypeError as e:
    print(type(e).__name__, e)
