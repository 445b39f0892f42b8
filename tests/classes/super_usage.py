class Base:
    def __init__(self, v):
        self.v = v
        self.log = ["Base.__init__"]
    def show(self):
        return "Base.show " + str(self.v)
    @classmethod
    def make(cls):
        return "made " + cls.__name__

class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.log.append("Child.__init__")
    def show(self):
        return "Child+" + super().show()
    @classmethod
    def make(cls):
        return "Child " + super().make()

c = Child(5)
print(c.v, c.log, c.show(), Child.make(), c.make())
print(super(Child, c).show())
s = super(Child, c)
print(type(s).__name__, s.__self__ is c, s.__thisclass__.__name__)
class Left(Base):
    def show(self):
        return "Left>" + super().show()
class Right(Base):
    def show(self):
        return "Right>" + super().show()
class Bottom(Left, Right):
    def show(self):
        return "Bottom>" + super().show()
b = Bottom(1)
print(b.show())
print(super(Left, b).show())
def plain():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
plain()
class S:
    def m(self):
        return super().__repr__ is not None
print(S().m())
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
class NoInitArgs:
    def __init__(self):
        super().__init__()
        print("NoInitArgs init ok")
NoInitArgs()
