class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__ is list, list[int].__args__)
x: list[int] = [1]
print(x, __annotations__)
class Sized:
    items = {}
    def __class_getitem__(cls, n):
        if n not in cls.items:
            cls.items[n] = type(f"Sized{n}", (cls,), {"n": n})
        return cls.items[n]
S3 = Sized[3]
print(S3.__name__, S3.n, Sized[3] is S3, issubclass(S3, Sized), S3().n)
class GetItemInstance:
    def __getitem__(self, k):
        return "instance " + str(k)
    def __class_getitem__(cls, k):
        return "class " + str(k)
print(GetItemInstance[1], GetItemInstance()[1])
print(int | str, type(int | str).__name__, isinstance(3, int | str))
