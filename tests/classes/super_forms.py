# super() with zero and two arguments, in methods, classmethods, __init_subclass__, __new__
class Base:
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
    def __init_subclass__(cls, **kw):
        cls.hooked = "Base hook"
class Child(Base):
    def who(self):
        return "Child>" + super().who()
    @classmethod
    def make(cls):
        return "Child>" + super().make()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.hooked += " via Child"
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "Child.__new__"
        return obj
class Grand(Child):
    def who(self):
        inner = lambda: super(Grand, self).who()
        return "Grand>" + inner()
g = Grand()
print(g.who(), Grand.make(), Grand.hooked, g.made_by)
print(super(Child, g).who(), super(Base, g).__class__.__name__)
print(super(Child, Grand).make(), super(Grand, Grand).who(g))
s = super(Child, g)
print(s.__thisclass__ is Child, s.__self__ is g, s.__self_class__ is Grand)
print(super(Child).__self__, super(Child).__thisclass__ is Child)
class Outer(Base):
    def nested(self):
        def f():
            return __class__.__name__
        return f()
    def compr(self):
        try:
            return [super().who() for _ in range(2)]
        except TypeError as e:
            return type(e).__name__ + ": " + str(e)
print(Outer().nested(), Outer().compr())
