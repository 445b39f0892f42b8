class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = Lower()
d["KEY"] = 1
print(d, d["key"], d["KeY"], "key" in d, type(d).__name__, isinstance(d, dict))
d2 = Lower(Mixed=1)
print(d2)
d.update({"Other": 2})
print(d)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()), dict(o), sorted(o.items()))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        self[k] = v = self.factory()
        return v
dd = Default(list)
dd["x"].append(1)
dd["y"].append(2)
dd["x"].append(3)
print(dd, len(dd), dd.get("z"), "z" in dd)
class Counter(dict):
    def __missing__(self, k):
        return 0
    def add(self, items):
        for i in items:
            self[i] += 1
        return self
c = Counter().add("hello world")
print(sorted(c.items()), c["zz"], len(c))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), type(Counter(a=1) | {"b": 2}).__name__)
class Attr(dict):
    __getattr__ = dict.__getitem__
a = Attr(name="x")
print(a.name)
try:
    a.missing
except KeyError as e:
    print(type(e).__name__, e)
print(Lower.__mro__[1] is dict, hasattr(Lower(), "__dict__"))
