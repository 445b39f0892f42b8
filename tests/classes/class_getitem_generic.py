# __class_getitem__ is an implicit classmethod; builtin generics give types.GenericAlias
import types
class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(type(Box.__dict__["__class_getitem__"]).__name__)
print(Box[int], Box[int, str])
class SubBox(Box):
    pass
print(SubBox["x"])
ga = list[int]
print(type(ga) is types.GenericAlias, ga, repr(dict[str, list[int]]))
print(ga.__origin__, ga.__args__, ga.__parameters__)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(ga([1, 2]), type(ga(())).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(tuple[int, ...], type[int], list[int].__class__.__name__)
g = types.GenericAlias(Box, (int,))
print(g.__origin__ is Box, g.__args__)
class NoHook:
    pass
try:
    NoHook[int]
except TypeError as e:
    print(type(e).__name__, e)
class Inst:
    def __class_getitem__(cls, k):
        return "class:" + repr(k)
    def __getitem__(self, k):
        return "inst:" + repr(k)
print(Inst[0], Inst()[0])
print(int | str, type(int | str).__name__, (int | None) == (None | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(list[int] | None)
