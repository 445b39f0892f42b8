class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
        self._hidden = True
    def area(self):
        return 0
    @property
    def label(self):
        return self.name.upper()
class Square(Shape):
    sides = 4
    def __init__(self, size):
        super().__init__("square")
        self.size = size
    def area(self):
        return self.size ** 2

s = Square(3)
print(vars(s), vars(s) is s.__dict__)
print(sorted(n for n in vars(Square) if not n.startswith("_")))
print([n for n in dir(s) if not n.startswith("_")])
print([n for n in dir(Square) if not n.startswith("_")])
print([n for n in dir(Shape) if not n.startswith("_")])
print("__init__" in dir(s), "__class__" in dir(s), "__dict__" in dir(s))
for bad in (5, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), sorted(dir())
print(f())
import sys
print("argv" in dir(sys), "path" in vars(sys), vars(sys) is sys.__dict__)
print(dir([]) == sorted(dir([])), "append" in dir([]), "keys" in dir({}))
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(CustomDir()))
print([n for n in dir(1) if not n.startswith("_")])
s.extra = "new"
print(sorted(vars(s)))
