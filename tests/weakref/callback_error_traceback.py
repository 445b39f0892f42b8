# An exception in a weakref callback is printed as "Exception ignored in: ..."
# and swallowed; the other callbacks still run.
import gc
import weakref
gc.disable()

class Obj:
    pass

def cb(ref):
    print("cb runs")
    x = 1
    y = 0
    x / y

def fine(ref):
    print("fine runs")

o = Obj()
r1 = weakref.ref(o, fine)
r2 = weakref.ref(o, cb)
del o
print("after refcount death")

o = Obj()
o.me = o
r3 = weakref.ref(o, lambda ref: [][0])
del o
print("collect ->", gc.collect())
print("end")
