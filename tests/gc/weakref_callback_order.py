# Collector path: weakref callbacks run before __del__ (and the weakref is already
# dead inside __del__). Refcount path: __del__ first, then callbacks.
import gc
import weakref
gc.disable()
gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "weakref alive inside __del__:", wr() is not None)

def callback(ref):
    print("callback, ref dead:", ref() is None)

print("-- refcount path")
o = Obj("plain")
wr = weakref.ref(o, callback)
del o
print("-- collector path")
o = Obj("cycle")
o.me = o
wr = weakref.ref(o, callback)
del o
print("collect ->", gc.collect())

# A weakref that is itself part of the garbage is cleared silently.
print("-- weakref inside the garbage")
o = Obj("holder")
o.me = o
o.ref = weakref.ref(o, callback)
wr = weakref.ref(o)
del o
print("collect ->", gc.collect())

# A ref outside the garbage whose callback drops the last reference to the ref
# is counted as collected too.
print("-- ref freed by its own callback")
class Plain:
    pass
holder = {}
def drop(ref):
    print("callback drops the ref")
    del holder["r"]
p = Plain()
p.me = p
holder["r"] = weakref.ref(p, drop)
del p
print("collect ->", gc.collect())
