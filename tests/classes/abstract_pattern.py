class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for sh in (Square(2), Circle(1), Blob()):
    try:
        print(sh.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(sorted((Square(3), Circle(1), Square(1)), key=lambda s: s.area())[0].describe())
print(sum(s.area() for s in [Square(1), Square(2)]))
class Comparable:
    def key(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.key() < other.key()
    def __eq__(self, other):
        return self.key() == other.key()
    __hash__ = None
class Word(Comparable):
    def __init__(self, w):
        self.w = w
    def key(self):
        return len(self.w)
    def __repr__(self):
        return self.w
print(sorted([Word("ccc"), Word("a"), Word("bb")]), Word("x") == Word("y"), max([Word("ab"), Word("abc")]))
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
class Template:
    steps = []
    def run(self):
        return [getattr(self, s)() for s in self.steps]
class Concrete(Template):
    steps = ["first", "second"]
    def first(self):
        return 1
    def second(self):
        return 2
print(Concrete().run(), Template().run())
