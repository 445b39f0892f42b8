class Dynamic:
    existing = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("virtual_"):
            return name[8:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")

d = Dynamic()
print(d.real, d.existing, d.virtual_thing)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "virtual_x"), getattr(d, "nope", "default"), hasattr(d, "nope"), hasattr(d, "virtual_y"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            self.log.append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
l = Logged()
l.x = 1
_ = l.x
del l.x
try:
    l.x
except AttributeError as e:
    print(type(e).__name__, e)
print(l.log)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")
try:
    Frozen().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
