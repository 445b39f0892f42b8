# Subclasses of list and dict: which overrides the C code honours
class L(list):
    def append(self, x):
        super().append(x * 10)
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __len__(self):
        return 99
l = L([1, 2])
l.append(3)
print(l, l[0], len(l), list(l), [x for x in l], sum(l))
print(type(l + [4]).__name__, type(l[:1]).__name__ if False else "", type(l * 2).__name__, l == [1, 2, 30])
print(sorted(l), l.copy(), type(l.copy()).__name__, bool(L()))
class D(dict):
    def __getitem__(self, k):
        return "D:" + str(super().__getitem__(k))
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def get(self, k, d=None):
        return "custom get"
d = D(a=1)
d["b"] = 2
d.update(c=3)
print(d["a"], d["b"], dict(d), d.get("a"), d.setdefault("z", 5), sorted(d.items()))
print("{a}".format(**d), "%(a)s" % d)
class Missing(dict):
    def __missing__(self, k):
        print("  __missing__", k)
        return k.upper()
m = Missing(x=1)
print(m["x"], m["q"], m.get("q"), "q" in m)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "abca":
    c[ch] += 1
print(sorted(c.items()), type(c).__name__)
class Attr(list):
    pass
a = Attr([3, 1, 2])
a.extra = "has __dict__"
a.sort()
print(a, a.extra, type(a).__mro__[1].__name__, isinstance(a, list))
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), dict(o), list(o.keys()))
class Hashable(list):
    __hash__ = lambda self: 1
print(hash(Hashable()), list.__hash__)
try:
    class Bad(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
print(repr(L([5])), str(D(k=1)))
