# weakref.ref: call it to get the object or None; callback-less refs are shared.
import gc
import sys
import weakref
gc.disable()

class Obj:
    pass

o = Obj()
r = weakref.ref(o)
print(r() is o)
print("shared:", weakref.ref(o) is r, weakref.ref(o, None) is r)
before = sys.getrefcount(o)
r2 = weakref.ref(o)
print("refcount unchanged by a weakref:", sys.getrefcount(o) - before)

def cb(ref):
    pass
c1 = weakref.ref(o, cb)
c2 = weakref.ref(o, cb)
print("with callback: new each time:", c1 is c2, c1 is r)
print("callback attribute:", c1.__callback__ is cb, r.__callback__)

class MyRef(weakref.ref):
    pass
m1 = MyRef(o)
m2 = MyRef(o)
print("subclass refs are never shared:", m1 is m2, m1 is r, m1() is o)
m1.note = "subclass instances take attributes"
print(m1.note)

print("types:", weakref.ref is weakref.ReferenceType, type(r).__name__,
      type(r) is weakref.ReferenceType)
print(isinstance(m1, weakref.ref))

del o
print("dead:", r(), c1(), m1())
print("dead refs stay distinct objects:", r is c1)
print("a new object gets a new ref:", weakref.ref(Obj()) is r)

try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(Obj(), cb, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r(1)
except TypeError as e:
    print(type(e).__name__, e)
