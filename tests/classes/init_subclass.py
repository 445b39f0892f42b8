class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.subclasses)
try:
    class Strict(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {missing}")
class Shape(Validated):
    required = ("area",)
    def area(self):
        return 0
try:
    class Broken(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print(type(e).__name__, e)
print(Shape().area(), "Broken" in globals())
class Named:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__name__}.{name}"
class Holder:
    first = Named()
    second = Named()
print(Holder.first.where, Holder.second.where)
