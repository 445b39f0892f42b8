# __class__ assignment among list subclasses, module subclasses, and across metaclasses
class A:
    def who(self): return "A"
class L1(list): pass
class L2(list): pass
l = L1([1])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = list
except TypeError as e:
    print(type(e).__name__, e)
import types
class MyModule(types.ModuleType):
    def hello(self): return "custom module"
m = types.ModuleType("m")
m.__class__ = MyModule
print(m.hello(), type(m).__name__)
class Base: pass
class Sub(Base):
    def extra(self): return "extra"
b = Base()
b.__class__ = Sub
print(b.extra(), type(b).__mro__[1].__name__)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
w = WithMeta()
w.__class__ = A
print(type(w).__name__)
try:
    A.__class__ = Meta
except TypeError as e:
    print(type(e).__name__, e)
