class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name})"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    sound = "meow"

for a in (Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)):
    print(a.speak(), "|", a.describe())
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print(isinstance(Puppy("p"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(isinstance(Cat("c", False), (Dog, Cat)), issubclass(Cat, object))
print(Cat("c", False).__dict__)
print(Dog.__subclasses__(), Animal.__subclasses__())
print("speak" in Dog.__dict__, "speak" in Puppy.__dict__, hasattr(Dog, "speak"))
class Base:
    def template(self):
        return self.hook() + "!"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
try:
    Cat("only name")
except TypeError as e:
    print(type(e).__name__, e)
