class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(p) == r)
print(repr(Plain), str(Plain), Plain.__name__, Plain.__qualname__, Plain.__module__)
def f():
    class Local:
        pass
    return Local
L = f()
print(repr(L), L.__qualname__)
print(repr(L()).startswith("<__main__.f.<locals>.Local object at 0x"))
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), repr(Outer.Inner()).startswith("<__main__.Outer.Inner object"))
print(repr(int), repr(object), repr(type), repr(type(None)), repr(BaseException))
def func():
    pass
print(repr(func).startswith("<function func at 0x"), repr(lambda: 0).startswith("<function <lambda> at 0x"))
print(repr(Plain.__init__), repr(len), repr([].append).startswith("<built-in method append of list object at 0x"))
class M:
    def meth(self):
        pass
print(repr(M().meth).startswith("<bound method M.meth of <__main__.M object at 0x"))
print(repr(M.meth).startswith("<function M.meth at 0x"))
import sys
print(repr(sys), str(type(sys)))
print(repr(iter([])).startswith("<list_iterator object at 0x"), repr(range(3)), repr(slice(1, 2)))
print(repr(x for x in []).startswith("<generator object <genexpr> at 0x"))
print(repr(property()).startswith("<property object at 0x"), repr(staticmethod(len)).startswith("<staticmethod("))
print(repr(super(M, M())).startswith("<super: <class 'M'>, <M object>>"))
print(repr(NotImplemented), repr(Ellipsis), repr(None), repr(type(...)))
print(repr(Plain.__dict__["__module__"]), type(Plain.__dict__).__name__)
