# abc.ABCMeta, abstractmethod and the TypeError on instantiating an abstract class
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: {self.area()}"
print(type(Shape).__name__, sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Half):
    def perimeter(self): return 4
print(Square().describe(), Square.__abstractmethods__)
class WithProp(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def util(): ...
print(sorted(WithProp.__abstractmethods__))
try:
    WithProp()
except TypeError as e:
    print(type(e).__name__, e)
