# __bases__, __base__, __subclasses__(), __qualname__, __module__, __name__
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__bases__, D.__bases__, D.__base__, object.__bases__, object.__base__)
print([k.__name__ for k in A.__subclasses__()], B.__subclasses__(), object.__subclasses__() != [])
class Outer:
    class Inner:
        def method(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().f().__qualname__)
print(Outer.__module__, int.__module__, Outer.Inner.__name__, repr(Outer.Inner))
Outer.Inner.__qualname__ = "Renamed.Inner"
Outer.Inner.__name__ = "Inner2"
print(repr(Outer.Inner), Outer.Inner.__name__)
for stmt in ('A.__name__ = 5', 'A.__qualname__ = 5', 'A.__name__ = "a\\x00b"', 'int.__name__ = "x"', 'del A.__name__', 'del A.__qualname__'):
    try:
        exec(stmt)
        print(stmt, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(stmt, "->", type(e).__name__, e)
A.__module__ = "elsewhere"
print(repr(A), A.__module__)
print(type(A.__dict__["__module__"]).__name__, "__qualname__" in A.__dict__)
print(A.__doc__, int.__doc__[:20], type(int.__dict__["__doc__"]).__name__)
class E(D):
    "docstring"
print(E.__doc__, E.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) == 0)
B.__bases__ = (C,)
print([k.__name__ for k in D.__mro__], [k.__name__ for k in C.__subclasses__()])
import gc
class Tmp(A): pass
print(len(A.__subclasses__()))
del Tmp
gc.collect()
print(len(A.__subclasses__()))
print(type.__dict__["__subclasses__"].__class__.__name__, type(A).__name__, A.__class__ is type)
print(sorted(n for n in dir(A) if n.startswith("__") and n in ("__bases__", "__mro__", "__module__")))
print(sorted(n for n in ("__bases__", "__mro__", "__name__", "__subclasses__") if hasattr(A, n)))
