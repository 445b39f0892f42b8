# help(obj) pages for Python functions, methods and classes, as CPython's pydoc prints them.
def f(a, b=2, *args, c, d=3, **kw):
    """Doc text.

    More."""

def g(x, /, y):
    pass

def ann(a: int, b: str = 'x', *, c: float = 1.0) -> bool:
    "Annotated."

class Base:
    def inherited(self):
        "From base."

class D(Base):
    """D doc."""
    x = 1

    def __init__(self, v):
        self.v = v

    @classmethod
    def make(cls, a=None):
        "Make one."

    @staticmethod
    def st(*args, k, **kw):
        pass

    @property
    def p(self):
        "A property."

    def method(self, n=[1, 2]):
        "Method doc."

help(f)
help(g)
help(ann)
help(lambda x, y=1: x)
help(D)
help(D(1).method)
help(D.make)
help('no_such_module_xyz')

print(repr(help))
