class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    def describe(self):
        return f"{type(self).__name__} with {', '.join(self.toppings)}, area {self.area(10)}"

class Calzone(Pizza):
    pass

p = Pizza.margherita()
c = Calzone.margherita()
print(p.describe())
print(c.describe())
print(Pizza.created(), Calzone.created(), p.created())
print(Pizza.area(1), p.area(2), Calzone.area(3))
print(type(Pizza.__dict__["margherita"]).__name__, type(Pizza.__dict__["area"]).__name__)
print(type(Pizza.margherita).__name__, Pizza.margherita.__self__ is Pizza, type(Pizza.area).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Attach:
    size = sm
    name = cm
print(Attach.size("abc"), Attach().name(), Attach.name())
print(Pizza.__dict__["area"].__func__ is Pizza.area)
try:
    Pizza.margherita(1)
except TypeError as e:
    print(type(e).__name__, e)
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return cls
Registry.register(1).register(2)
print(Registry.items)
