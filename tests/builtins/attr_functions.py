class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
o = Obj()
print(hasattr(o, "a"), hasattr(o, "cls_attr"), hasattr(o, "zz"), hasattr(Obj, "a"))
print(getattr(o, "a"), getattr(o, "zz", "default"), getattr(o, "cls_attr"), getattr(Obj, "cls_attr"))
try:
    getattr(o, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, "b", 2)
setattr(o, "with space", 3)
print(o.b, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    delattr(o, "b")
except AttributeError as e:
    print(type(e).__name__, e)
for call in (lambda: getattr(o, 5), lambda: setattr(o, 5, 1), lambda: hasattr(o, None), lambda: delattr(o, 1.5),
             lambda: getattr(o), lambda: setattr(5, "x", 1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Raises:
    @property
    def boom(self):
        raise ValueError("property failed")
    @property
    def attr_err(self):
        raise AttributeError("inner attribute error")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates", type(e).__name__, e)
print(hasattr(Raises(), "attr_err"), getattr(Raises(), "attr_err", "default used"))
print(getattr([1, 2], "append").__name__, getattr("s", "upper")(), getattr(5, "real"))
print(getattr(o, "__class__") is Obj, getattr(Obj, "__name__"))
