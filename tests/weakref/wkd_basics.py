# WeakKeyDictionary: entries vanish when their key dies.
import gc
import weakref
gc.disable()

class Widget:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Widget(%s)" % self.name

# Attach data to objects without owning them.
extra = weakref.WeakKeyDictionary()
w1 = Widget("one")
w2 = Widget("two")
extra[w1] = {"clicks": 1}
extra[w2] = {"clicks": 5}
print(len(extra), extra[w1], w2 in extra, Widget("other") in extra)
print("non-weakrefable key is simply absent:", 1 in extra)
print(sorted(k.name for k in extra), sorted(v["clicks"] for v in extra.values()))
del w1
print("after del w1:", len(extra), [k.name for k in extra])

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

# Keys are looked up by equality, like a dict.
k1 = Key(1)
d = weakref.WeakKeyDictionary({k1: "first"})
k1b = Key(1)
print(d[k1b], k1b in d)
d[k1b] = "second"
print(len(d), d[k1], "the original key object stays:", next(iter(d)) is k1)
del k1
print("the key object died:", len(d))
del k1b

# Cycles among the keys need a collection.
a = Widget("a")
b = Widget("b")
a.peer = b
b.peer = a
extra[a] = "A"
extra[b] = "B"
del a, b
print("before collect:", len(extra))
print("collect ->", gc.collect())
print("after collect:", len(extra), sorted(extra.values(), key=str))
try:
    extra[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    extra[Widget("gone")]
except KeyError as e:
    print(type(e).__name__, str(e).startswith("<weakref at"))
