# abc: abstract methods and instantiation.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    @property
    @abstractmethod
    def sides(self): ...
    def describe(self):
        return '%s with area %s' % (self.name(), self.area())

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, type(ABC).__name__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)

class Partial(Shape):
    def area(self): return 4
try:
    Partial()
except TypeError as e:
    print(e)

class Square(Partial):
    sides = 4
    def name(self): return 'square'
sq = Square()
print(sq.describe(), sq.sides, Square.__abstractmethods__, isinstance(sq, Shape))

print(abstractmethod(lambda: 0).__isabstractmethod__, ABC.__slots__)
class One(ABC):
    @abstractmethod
    def m(self): ...
try:
    One()
except TypeError as e:
    print(e)
