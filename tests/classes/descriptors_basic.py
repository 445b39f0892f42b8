class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"  __set_name__({owner.__name__}, {name!r})")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.name).__name__, Person.__dict__["age"].kind.__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "instance dict wins over non-data"
print(h.attr, Holder.attr)
class Const:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only constant")
class UsesConst:
    answer = Const()
u = UsesConst()
u.__dict__["answer"] = 0
print(u.answer)
try:
    u.answer = 1
except AttributeError as e:
    print(type(e).__name__, e)
def plain_function(self):
    return "bound via __get__"
print(plain_function.__get__(h, Holder)(), hasattr(plain_function, "__get__"))
