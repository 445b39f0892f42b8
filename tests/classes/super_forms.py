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
        return [super().who() for _ in range(2)]
print(Outer().nested(), Outer().compr())
def free():
    super()
try:
    free()
except RuntimeError as e:
    print(type(e).__name__, e)
class St(Base):
    @staticmethod
    def sm():
        return super().who()
try:
    St.sm()
except RuntimeError as e:
    print(type(e).__name__, e)
for args in [(Child, 1), (Child, Base()), (1, g), (Child, int)]:
    try:
        super(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    super(Child, g).missing
except AttributeError as e:
    print(type(e).__name__, e)
class Attr(Base):
    x = 1
class AttrChild(Attr):
    x = 2
    def get(self):
        return super().x
print(AttrChild().get(), super(AttrChild, AttrChild()).__class__.__name__)
print(repr(super(Child, g)).startswith("<super: <class 'Child'>, <Grand object>"))
