# weakref.finalize: call a function once when an object dies.
import gc
import weakref
gc.disable()

class Resource:
    def __init__(self, name):
        self.name = name

def release(name, mode="normal"):
    print("release", name, mode)
    return "released " + name

r = Resource("file")
f = weakref.finalize(r, release, "file", mode="kw")
print(f.alive, f.atexit)
print("deleting")
del r
print("alive after death:", f.alive)
print("calling again:", f())

# Calling it early runs it now and never again.
r = Resource("sock")
f = weakref.finalize(r, release, "sock")
print(f())
print(f.alive, f())
del r
print("nothing more")

# Several finalizers on one object run newest first.
r = Resource("multi")
for i in range(3):
    weakref.finalize(r, print, "finalizer", i)
del r

# Finalizers on objects in a cycle run when the collector frees them.
a = Resource("a")
b = Resource("b")
a.b = b
b.a = a
weakref.finalize(a, print, "cycle member a freed")
del a, b
print("before collect")
gc.collect()
print("after collect")

# The function must not hold the object, or it never dies; an error is reported
# and swallowed.
r = Resource("err")
weakref.finalize(r, lambda: 1 / 0)
import sys, io
old = sys.stderr
sys.stderr = io.StringIO()
del r
text = sys.stderr.getvalue()
sys.stderr = old
print(text.splitlines()[0].split(" at ")[0])
print(text.splitlines()[-1])
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(type(e).__name__, e)
