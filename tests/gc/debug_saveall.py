# DEBUG_SAVEALL: garbage goes to gc.garbage instead of being freed; __del__ and
# callbacks still run, and once gc.garbage is emptied the objects die without a
# second __del__.
import gc
import weakref
gc.disable()
gc.collect()

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(gc.garbage)

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Node("a")
b = Node("b")
a.b = b
b.a = a
r = weakref.ref(a, lambda ref: print("callback"))
del a, b
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
print("collect ->", gc.collect())
print(sorted(n.name for n in gc.garbage))
print("weakref dead:", r() is None)
gc.set_debug(0)
gc.garbage.clear()
print("collect after clearing garbage ->", gc.collect())

gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print("collect ->", gc.collect())
print(len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
del gc.garbage[:]
print("collect ->", gc.collect())
print(gc.garbage)
try:
    gc.set_debug("x")
except TypeError as e:
    print(type(e).__name__, e)
