class Greeter:
    greeting = "hello"
    def __init__(self, name):
        self.name = name
    def greet(self, punct="!"):
        return f"{self.greeting} {self.name}{punct}"

g = Greeter("ann")
m = g.greet
print(m(), m("?"), Greeter.greet(g), Greeter.greet(g, "."))
print(type(m).__name__, m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == g.greet)
print(type(Greeter.greet).__name__)
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
def outside(self):
    return "outside sees " + self.name
Greeter.extra = outside
print(g.extra())
g.instance_func = lambda: "no self for instance attributes"
print(g.instance_func())
methods = [g.greet, Greeter("bo").greet]
print([f() for f in methods])
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(v)
        return self
print(Chain().add(1).add(2).add(3).ops)
print(g.greet.__qualname__, hasattr(g.greet, "__call__"))
class CallsOther:
    def a(self):
        return "a->" + self.b()
    def b(self):
        return "b"
class Override(CallsOther):
    def b(self):
        return "B overridden"
print(CallsOther().a(), Override().a())
