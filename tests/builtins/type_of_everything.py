values = [1, 1.5, 1j, True, None, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1),
          slice(1), ..., NotImplemented, len, print, int, type, object(), lambda: 0, (x for x in []),
          iter([]), iter(()), iter(""), iter({}), iter(set()), enumerate([]), zip(), map(len, []),
          filter(None, []), reversed([]), {}.keys(), {}.values(), {}.items(),
          property(), staticmethod(len), classmethod(len), ValueError(), [].append, "".join,
          int.__add__, object.__init__, type.__dict__["__name__"]]
for v in values:
    t = type(v)
    print(t.__name__, t.__module__ if t.__module__ != "builtins" else "")
import sys
print(type(sys).__name__, type(sys.argv).__name__, type(sys.modules).__name__)
def f():
    pass
class C:
    def m(self):
        pass
print(type(f).__name__, type(C).__name__, type(C()).__name__, type(C().m).__name__, type(C.m).__name__)
print(type(f.__code__).__name__, type(f.__globals__).__name__, type(C.__dict__).__name__)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
