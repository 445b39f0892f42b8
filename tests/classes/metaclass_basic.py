class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("  Meta.__new__", name, [b.__name__ for b in bases])
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialised = True
    def __call__(cls, *args):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return f"class {cls.__name__} made by {cls.created_by}"
class Thing(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Sub(Thing):
    pass
t = Sub(5)
print(t.v, type(Thing).__name__, type(Sub) is Meta, Thing.initialised, Sub.describe())
print(isinstance(Thing, Meta), isinstance(Thing, type), Meta.__mro__)
try:
    t.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class Widget(metaclass=Counted):
    pass
Widget(); Widget()
print(Counted.count)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
D = Meta("Dynamic", (), {"attr": 1})
print(D.attr, D.created_by, type(D).__name__)
print(type(type), type.__class__ is type, type(int) is type)
