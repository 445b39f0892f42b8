a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, type(id(a)).__name__)
x = object()
ids = [id(x) for _ in range(3)]
print(len(set(ids)) == 1)
print(id(None) == id(None), id(True) == id(True))
print(hash(1) == hash(1.0), hash("x") == hash("x"), type(hash("x")).__name__, hash(None) == hash(None))
print(hash((1, "a")) == hash((1, "a")), hash(frozenset({1})) == hash(frozenset([1])))
for v in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(1), type("s"), type(None), type(type), type([]).__name__, type(len).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__, type(print).__name__, type(type.__dict__).__name__)
Dyn = type("Dyn", (object,), {"x": 5, "get": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__, d.x, d.get(), type(d) is Dyn, Dyn.__module__)
Sub = type("Sub", (Dyn,), {})
print(Sub().get(), Sub.__mro__[1] is Dyn)
for call in (lambda: type(), lambda: type("A", (), {}, 1), lambda: type("A", 5, {}), lambda: type("A", (), 5),
             lambda: type(1, (), {})):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(type.__name__, type(type(1)).__name__, int.__class__.__name__)
print(object.__name__, object.__bases__, type(object()).__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object() == object(), o == o, str(o).startswith("<object object at 0x"))
