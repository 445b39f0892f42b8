# __setattr__ / __delattr__ intercept every assignment and deletion
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
f = Frozen(a=1)
print(f.a)
for action in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
class Logged:
    def __setattr__(self, name, value):
        print("  set", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)
g = Logged()
g.name = "ann"
g.n = 1
setattr(g, "via_setattr", "x")
print(vars(g))
del g.n
try:
    del g.never
except AttributeError as e:
    print(type(e).__name__, e)
class WithProp(Logged):
    @property
    def p(self):
        return "prop"
w = WithProp()
try:
    w.p = 1
except AttributeError as e:
    print(type(e).__name__, e)
