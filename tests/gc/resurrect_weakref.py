# Resurrection and weakrefs: through the collector, the weakrefs are already dead
# (their callbacks ran) when __del__ resurrects; through refcount death they
# stay alive. Inside a cycle every __del__ still sees intact attributes.
import gc
import weakref
gc.disable()
gc.collect()

saved = []

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        partner = getattr(self, "partner", None)
        print("__del__", self.name, "partner intact:",
              partner is None or partner.name is not None)
        saved.append(self)

print("-- collector path")
a = R("a")
b = R("b")
a.partner = b
b.partner = a
wa = weakref.ref(a, lambda r: print("callback for a"))
del a, b
print("collect ->", gc.collect())
print("resurrected:", sorted(x.name for x in saved))
print("old weakref dead anyway:", wa() is None)
print("a new weakref works:", weakref.ref(saved[0])() is saved[0])
saved.clear()
print("collect ->", gc.collect(), "(no second __del__)")

print("-- refcount path")
c = R("c")
wc = weakref.ref(c, lambda r: print("callback for c"))
del c
print("weakref still alive:", wc() is saved[0])
saved.clear()
print("second death: callback only")
print("weakref dead:", wc() is None)
