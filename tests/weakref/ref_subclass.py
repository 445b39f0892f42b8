# Subclassing weakref.ref: extra state, extra constructor arguments; KeyedRef;
# generic aliases.
import gc
import weakref
gc.disable()

class Obj:
    pass

class TaggedRef(weakref.ref):
    __slots__ = ("tag",)
    def __new__(cls, ob, tag, callback=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self
    def __init__(self, ob, tag, callback=None):
        super().__init__(ob, callback)

o = Obj()
r = TaggedRef(o, "first", lambda ref: print("dead:", ref.tag))
print(r.tag, r() is o, type(r).__name__, isinstance(r, weakref.ref))
print(r == weakref.ref(o), hash(r) == hash(weakref.ref(o)))
try:
    r.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
del o

k = weakref.KeyedRef(Obj(), None, "key")
print(k.key, k())
o = Obj()
k = weakref.KeyedRef(o, lambda ref: print("keyed callback:", ref.key), "mykey")
del o

print(weakref.ref[int])
print(weakref.ref[int].__origin__ is weakref.ref)
print(weakref.ReferenceType.__name__, weakref.ProxyType.__name__,
      weakref.CallableProxyType.__name__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(sorted(weakref.__all__))
