# finalize.detach(), peek(), alive and the atexit attribute.
import gc
import weakref
gc.disable()

class Obj:
    pass

def done(*args, **kwargs):
    print("done", args, sorted(kwargs.items()))

o = Obj()
f = weakref.finalize(o, done, 1, 2, key="v")
obj, func, args, kwargs = f.peek()
print(obj is o, func is done, args, kwargs, f.alive)
del obj
d = f.detach()
print("detach:", d[1] is done, d[2:], f.alive)
del d
print("detach again:", f.detach(), "peek:", f.peek())
del o
print("nothing ran")

o = Obj()
f = weakref.finalize(o, done)
print(f.peek()[2:], f.atexit)
f.atexit = False
print(f.atexit)
f.atexit = 1
print(f.atexit)
del o
print("dead:", f.alive, f.peek(), f.detach(), f.atexit)
f.atexit = True
print("setting atexit on a dead finalizer is ignored:", f.atexit)

o = Obj()
f = weakref.finalize(o, done, "x")
r = repr(f)
print(r.startswith("<finalize object at 0x"), "; for 'Obj' at 0x" in r)
f()
print(repr(f).endswith("; dead>"))
del o
print(type(weakref.finalize.alive).__name__, type(weakref.finalize.atexit).__name__)
