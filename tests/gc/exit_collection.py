# At exit CPython 3.11 collects once more (if the collector is enabled) after the
# atexit handlers and before module teardown: gc.callbacks and __del__ still see
# intact modules. The teardown's own collection runs no callbacks.
import gc, sys, atexit

class D:
    def __del__(self):
        print("del D, sys alive:", sys is not None)

def cb(phase, info):
    sys.stdout.write("cb %s %d\n" % (phase, info["generation"]))

atexit.register(lambda: print("atexit"))
gc.callbacks.append(cb)

class A:
    pass

a = A()
a.self = a
a.d = D()
del a
print("end")
