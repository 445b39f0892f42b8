# __set_name__ runs once per attribute at class creation, in definition order
class Field:
    def __set_name__(self, owner, name):
        print("  set_name", owner.__name__, name)
        self.owner, self.name = owner, name
class Model:
    b = Field()
    a = Field()
    not_field = 5
print(Model.a.name, Model.b.name, Model.a.owner is Model)
shared = Field()
class Two:
    x = shared
    y = shared
print(shared.name)
T = type("T", (), {"f": Field()})
print(T.f.name)
late = Field()
Model.c = late
print(hasattr(late, "name"))
late.__set_name__(Model, "c")
print(late.name)
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Host:
        attr = Broken()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
class NotCallable:
    __set_name__ = None
try:
    class Host2:
        attr = NotCallable()
except Exception as e:
    print(type(e).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("  Meta.__new__ before type.__new__")
        cls = super().__new__(mcls, name, bases, ns)
        print("  Meta.__new__ after type.__new__")
        return cls
class WithMeta(metaclass=Meta):
    f = Field()
class Sub(Model):
    d = Field()
print(Sub.d.owner is Sub, Sub.a.owner is Model)
class OnClass:
    def __set_name__(self, owner, name):
        print("  instance hook only")
OnClass.__set_name__ = lambda *a: print("  replaced hook")
class Host3:
    x = OnClass()
