# Callbacks run newest first, each receiving its own (now dead) ref.
import gc
import weakref
gc.disable()

class Obj:
    pass

o = Obj()
refs = []
def make(i):
    def cb(ref):
        print("callback", i, "got its ref:", ref is refs[i], "dead:", ref() is None)
    return cb
for i in range(4):
    refs.append(weakref.ref(o, make(i)))
plain = weakref.ref(o)
print("deleting")
del o
print("after death", [r() for r in refs], plain())

# The same function as callback of several refs.
seen = []
o = Obj()
a = weakref.ref(o, seen.append)
b = weakref.ref(o, seen.append)
del o
print("order:", seen[0] is b, seen[1] is a)

# A callback is not called if its ref died first.
o = Obj()
r = weakref.ref(o, lambda ref: print("never printed"))
del r
del o
print("no callback for a dead ref")

# A callback can create new objects and refs; the referent is gone already.
o = Obj()
def revive(ref):
    print("in callback, new ref to new object:", weakref.ref(Obj())() is None)
r = weakref.ref(o, revive)
o = None
print("end")
