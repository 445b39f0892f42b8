# __getattribute__ sees every lookup; AttributeError from it falls back to __getattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "calls", [])
    def __getattribute__(self, name):
        calls = object.__getattribute__(self, "calls")
        calls.append(name)
        if name.startswith("hidden"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
p = Proxy([3, 1, 2])
print(p._target, p.hidden_x, p.missing)
print(p.calls)
class Seq:
    def __getattribute__(self, name):
        print("  getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 4
s = Seq()
print(len(s), "special lookup bypasses __getattribute__")
print(s.__len__())
class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "not reached"
try:
    Raises().x
except KeyError as e:
    print(type(e).__name__, e)
class GetattrRaises:
    def __getattr__(self, name):
        raise ValueError("custom " + name)
try:
    GetattrRaises().anything
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(GetattrRaises(), "__class__").__name__)
class Lazy:
    def __getattr__(self, name):
        print("  computing", name)
        value = len(name)
        setattr(self, name, value)
        return value
z = Lazy()
print(z.abc, z.abc, z.__dict__)
try:
    z.__missing_dunder__
    print("dunder via __getattr__ ok")
except AttributeError as e:
    print(type(e).__name__, e)
class Base:
    def __getattr__(self, name):
        return "base getattr " + name
class Child(Base): pass
print(Child().q)
