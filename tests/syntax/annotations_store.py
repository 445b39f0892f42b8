x: int = 5
y: "str"
z: list[int] = []
print(__annotations__)
print(x, z)
try:
    y
except NameError as e:
    print(type(e).__name__, e)

def f(a: int, b: str = "s", *args: float, c: bool, **kw: dict) -> tuple:
    return a, b
print(f.__annotations__)
print(f(1, c=True))

def g():
    local: int = 1
    unset: str
    return local
print(g(), g.__annotations__)

class C:
    attr: int
    other: str = "o"
    def m(self) -> None:
        pass
print(C.__annotations__)
print(hasattr(C, "attr"), C.other)
print(C.m.__annotations__)

def h(x: 1 + 1) -> "ret":
    pass
print(h.__annotations__)
class Obj:
    pass
o = Obj()
o.field: int = 3
print(o.field, "field" in __annotations__)
lst = [0]
lst[0]: int = 9
print(lst)
