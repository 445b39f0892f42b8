# ABCMeta.register, __subclasshook__, update_abstractmethods
import abc
class Iface(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl:
    def run(self): return "ran"
Iface.register(Impl)
print(isinstance(Impl(), Iface), issubclass(Impl, Iface), Iface in Impl.__mro__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "hook_me") else NotImplemented
class HasHook:
    hook_me = 1
print(issubclass(HasHook, Hook), issubclass(int, Hook), isinstance(HasHook(), Hook))
print(abc.abstractmethod(lambda: 0).__isabstractmethod__, getattr(Impl.run, "__isabstractmethod__", False))
class Later(abc.ABC):
    def f(self): ...
Later.f = abc.abstractmethod(Later.f)
print(type(Later()).__name__, "abstract set after creation is not rechecked")
abc.update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print(type(e).__name__, e)
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], abc.ABC), issubclass(abc.ABCMeta, type))
