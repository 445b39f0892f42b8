# super() misuse: outside a class, in a staticmethod, bad arguments, missing attributes
class Base:
    def who(self):
        return "Base"
class Child(Base):
    pass
class Grand(Child):
    pass
g = Grand()
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
