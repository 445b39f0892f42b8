# abc: abstract class/static methods, update_abstractmethods, abstract properties.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Single(metaclass=ABCMeta):
    @abstractmethod
    def only(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Single.__abstractmethods__))
class Impl(Single):
    def only(self): return super().only()
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 'h'
print(Impl.make().only(), Impl.helper())

class Late(ABC):
    @abstractmethod
    def f(self): ...
class Later(Late):
    pass
Later.f = lambda self: 'now concrete'
print(sorted(Later.__abstractmethods__), abc.update_abstractmethods(Later) is Later)
print(Later.__abstractmethods__, Later().f())
class WithProp(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @abc.abstractproperty
    def old(self): ...
print(sorted(WithProp.__abstractmethods__))
class Concrete(WithProp):
    value = property(lambda self: 'v')
    old = 'o'
print(Concrete().value, Concrete().old, Concrete.__abstractmethods__)
print(abc.update_abstractmethods(int) is int, WithProp.value.__isabstractmethod__)
