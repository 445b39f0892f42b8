# An exception in a finalizer run at exit is reported (traceback on stderr) and the
# remaining finalizers still run; the exit status stays 0.
import weakref

class Obj:
    pass

def bad():
    raise ValueError("finalizer failed")

keep = [Obj(), Obj(), Obj()]
weakref.finalize(keep[0], print, "first made, runs last")
weakref.finalize(keep[1], bad)
weakref.finalize(keep[2], print, "last made, runs first")
# Detached or already-run finalizers do not run at exit.
extra = Obj()
weakref.finalize(extra, print, "detached: never runs").detach()
done = weakref.finalize(extra, print, "called early, once")
done()
print("alive after call:", done.alive)
print("end of script")
