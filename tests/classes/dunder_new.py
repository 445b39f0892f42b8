class Single:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("  creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("  __init__ with", v)
        self.v = v

a = Single(1)
b = Single(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], type(p).__name__, p == (3, 4))
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("  never called")
r = ReturnsOther()
print(type(r).__name__)
class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PositiveInt(5) + 1, type(PositiveInt(5)).__name__)
try:
    PositiveInt(-1)
except ValueError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
obj = object.__new__(NoArgs)
print(type(obj).__name__)
