import sys
class Plain:
    pass
class Two:
    def __init__(self):
        self.a = 1
        self.b = 2
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "b")
class S3:
    __slots__ = ("a", "b", "c")
class SW:
    __slots__ = ("a", "__weakref__")
class SD:
    __slots__ = ("a", "__dict__")
for cls in (Plain, Two, S1, S2, S3, SW, SD):
    print(cls.__name__, sys.getsizeof(cls()))
p, t = Plain(), Two()
print("instance smaller than instance + its dict:", sys.getsizeof(S2()) < sys.getsizeof(t) + sys.getsizeof(t.__dict__))
print(sys.getsizeof(Two()) == sys.getsizeof(Plain()), "attributes live outside the object")
def f():
    pass
print("function", sys.getsizeof(f), "class", sys.getsizeof(Plain) > 0, "module", sys.getsizeof(sys) > 0)
print("bound method", sys.getsizeof(Two().__init__))
print("bound builtin method", sys.getsizeof([].append) > 0)
print("sizes of containers of instances grow by 8 per item:",
      sys.getsizeof([Plain(), Plain()]) - sys.getsizeof([Plain()]))
objs = [S1() for _ in range(3)]
print(sum(sys.getsizeof(o) for o in objs), sys.getsizeof(objs))
print(sys.getsizeof(()) , sys.getsizeof((None,) * 10))
print(sys.getsizeof(True) == sys.getsizeof(1), sys.getsizeof(0) == sys.getsizeof(1), sys.getsizeof(-1))
print(sys.getsizeof(2 ** 30 - 1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60 - 1), sys.getsizeof(2 ** 90))
print(sys.getsizeof(0.0), sys.getsizeof(float("inf")), sys.getsizeof(0j))
