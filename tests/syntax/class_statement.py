class Empty:
    pass

print(Empty.__name__, Empty.__qualname__, Empty.__bases__)
print(type(Empty).__name__)

class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y, p.norm1(), p.dims, Point.dims)
print(Point.__doc__)
print(Point.__module__)

class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)

def make():
    class Local:
        pass
    return Local
print(make().__qualname__)

trace = []
class Body:
    trace.append("body runs")
    a = 1
    b = a + 1
    trace.append(b)
print(trace, Body.b)

class Sub(Point):
    dims = 3
print(Sub(1, 2).norm1(), Sub.dims, Sub.__bases__[0].__name__)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
