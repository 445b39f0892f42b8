# abc: virtual subclasses (register), __subclasshook__, cache token.
import abc
from abc import ABC, ABCMeta

class Number(ABC):
    pass
print(isinstance(1, Number), issubclass(int, Number))
Number.register(int)
print(isinstance(1, Number), issubclass(bool, Number), issubclass(str, Number))
print(Number.register(float) is float, isinstance(1.5, Number), Number not in int.__mro__)

@Number.register
class Money:
    pass
print(isinstance(Money(), Number), Money.__mro__)

class Integral(Number):
    pass
print(issubclass(int, Integral), issubclass(Integral, Number))
Integral.register(bool)
print(issubclass(bool, Integral), isinstance(True, Integral), issubclass(bool, Number))
for call in [lambda: Number.register(1), lambda: issubclass(1, Number),
             lambda: Integral.register(Number)]:
    try:
        call()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

class Quacker(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): return 'quack'
class Robot(Duck):
    pass
class SubQuacker(Quacker):
    pass
print(isinstance(Duck(), Quacker), issubclass(Robot, Quacker), isinstance(1, Quacker))
print(issubclass(Duck, SubQuacker), issubclass(SubQuacker, Quacker))

token = abc.get_cache_token()
class Other(ABC):
    pass
print(isinstance('s', Other))
Other.register(str)
print(abc.get_cache_token() != token, isinstance('s', Other), Other.register(str) is str)

class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    pass
WithMeta.register(list)
print(isinstance([], WithMeta), type(WithMeta).__name__, issubclass(Meta, type))
