import sys
class JobConfig:
    count = 0
    __slots__ = ("job_id", "job_name")
    def __init__(self, job_id, job_name):
        self.job_id = job_id
        self.job_name = job_name

j = JobConfig(1, "scrape")
print(j.job_id, j.job_name, hasattr(j, "__dict__"))
try:
    j.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    j.count = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(JobConfig.count)
class Lazy:
    __slots__ = ("a", "b")
x = Lazy()
try:
    x.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del x.b
except AttributeError as e:
    print(type(e).__name__, e)
x.a = 1
del x.a
print(hasattr(x, "a"), type(Lazy.a).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.free = 2
print(w.a, w.__dict__)
class Child(Lazy):
    pass
c = Child()
c.a = 1
c.anything = 2
print(c.a, c.__dict__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
class P2:
    __slots__ = ("a", "b")
class Plain:
    pass
print(sys.getsizeof(P2()), sys.getsizeof(Plain()))
class Empty:
    __slots__ = ()
print(sys.getsizeof(Empty()), hasattr(Empty(), "__dict__"))
try:
    class BadSlot:
        __slots__ = ("1x",)
except TypeError as e:
    print(type(e).__name__, e)
