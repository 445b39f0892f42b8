# Pending finalizers whose atexit attribute is true run at interpreter exit,
# newest first, after the script's last line, in the atexit handlers' order
# (finalize registers its hook when the first finalize object is made).
import atexit
import weakref

atexit.register(print, "atexit handler registered before any finalize")

class Obj:
    pass

keep = []
for i in range(3):
    o = Obj()
    keep.append(o)
    weakref.finalize(o, print, "exit finalizer", i)

skip = Obj()
f = weakref.finalize(skip, print, "never: atexit is False")
f.atexit = False

gone = Obj()
weakref.finalize(gone, print, "ran at death, not at exit")
del gone
atexit.register(print, "atexit handler registered last runs first")
print("end of script")
