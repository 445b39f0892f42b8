# With the collector disabled there is no exit collection with callbacks.
import gc, sys

def cb(phase, info):
    sys.stdout.write("cb %s %d\n" % (phase, info["generation"]))

gc.callbacks.append(cb)
gc.disable()

class A:
    pass

a = A()
a.self = a
del a
print("end")
