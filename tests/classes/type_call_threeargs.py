# type(name, bases, dict) builds a class exactly like a class statement
def init(self, v):
    self.v = v
ns = {"kind": "made", "__init__": init, "__doc__": "dynamic"}
K = type("K", (), ns)
k = K(3)
print(K.__name__, K.__qualname__, K.__module__, K.__doc__, k.v, k.kind)
print(K.__bases__, K.__mro__ == (K, object), type(K) is type)
ns["kind"] = "changed later"
print(K.kind, "namespace is copied")
Sub = type("Sub", (K,), {"extra": lambda self: self.v * 2})
print(Sub(4).extra(), issubclass(Sub, K), Sub.__base__ is K)
print(type(5) is int, type("s").__name__, type(K) is type(type))
for args in [(), ("a", "b"), ("a", (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, (), {}), ("a", 1, {}), ("a", (), 1), ("a", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mymod"})
print(Q.__qualname__, Q.__module__, repr(Q))
try:
    type("R", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
E = type("E", (ValueError,), {})
try:
    raise E("boom")
except ValueError as e:
    print(type(e).__name__, e, E.__mro__[1].__name__)
M = type("M", (type,), {"tag": "meta"})
C = M("C", (), {})
print(type(C).__name__, C.tag, isinstance(C, type))
