# WeakSet: elements vanish when they die.
import gc
import weakref
gc.disable()

class Listener:
    def __init__(self, name):
        self.name = name
    def notify(self, event):
        print(self.name, "got", event)

# An observer registry that does not keep listeners alive.
listeners = weakref.WeakSet()
a = Listener("a")
b = Listener("b")
listeners.add(a)
listeners.add(b)
listeners.add(a)
print(len(listeners), a in listeners, Listener("c") in listeners, 1 in listeners)
for l in sorted(listeners, key=lambda l: l.name):
    l.notify("start")
del l
del a
print("after del a:", len(listeners), [l.name for l in listeners])
listeners.discard(b)
listeners.discard(b)
print(len(listeners))
try:
    listeners.remove(b)
except KeyError as e:
    print(type(e).__name__, str(e).startswith("<weakref at"))
listeners.add(b)
print(listeners.pop() is b, len(listeners))
try:
    listeners.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    listeners.add(1)
except TypeError as e:
    print(type(e).__name__, e)
xs = [Listener(str(i)) for i in range(4)]
s = weakref.WeakSet(xs)
c = s.copy()
print(type(c).__name__, len(c), c == s)
s.clear()
print(len(s), len(c))
xs.clear()
print("copy emptied too:", len(c), list(c))
x = Listener("x")
x.me = x
s.add(x)
del x
print("cycle member:", len(s), "collect ->", gc.collect(), len(s))
