# getweakrefcount and getweakrefs.
import gc
import weakref
gc.disable()

class Obj:
    pass

o = Obj()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
print("non-weakrefable:", weakref.getweakrefcount(1), weakref.getweakrefs([]))
def cb1(r):
    pass
def cb2(r):
    pass
with1 = weakref.ref(o, cb1)
plain = weakref.ref(o)
px = weakref.proxy(o)
with2 = weakref.ref(o, cb2)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
names = {id(plain): "plain", id(px): "proxy", id(with1): "with1", id(with2): "with2"}
print("order:", [names[id(r)] for r in refs])
del refs
del with1
print(weakref.getweakrefcount(o))
del plain
print([names[id(r)] for r in weakref.getweakrefs(o)])
del o
print("proxy and refs cleared:", weakref.getweakrefs(px), with2())
o2 = Obj()
r = weakref.ref(o2)
del o2
print(weakref.getweakrefs(r), weakref.getweakrefcount(r))
