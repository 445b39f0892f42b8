registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class A:
    pass

@register
class B(A):
    pass

print(sorted(registry), registry["B"].__bases__[0] is A)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(P(1, "two"))

def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class S:
    pass
print(S() is S(), type(S()).__name__)

class Meths:
    @staticmethod
    def st(x):
        return x * 2
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    def pr(self):
        return "prop"
m = Meths()
print(m.st(2), Meths.st(3), m.cm(), Meths.cm(), m.pr)
