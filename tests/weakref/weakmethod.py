# WeakMethod keeps a bound method's instance and function weakly.
import gc
import weakref
gc.disable()

class Button:
    def __init__(self, label):
        self.label = label
    def click(self):
        return "clicked " + self.label

b = Button("ok")
plain = weakref.ref(b.click)
print("a plain ref to a bound method dies at once:", plain() is None)
wm = weakref.WeakMethod(b.click, lambda r: print("callback, dead:", r() is None))
m = wm()
print(type(m).__name__, m(), m.__self__ is b, m.__func__ is Button.click)
del m
print(isinstance(wm, weakref.ref), type(wm).__name__)

wm2 = weakref.WeakMethod(b.click)
other = Button("cancel")
wm3 = weakref.WeakMethod(other.click)
print("equal:", wm == wm2, wm != wm2, wm == wm3, hash(wm) == hash(wm2))
print("not shared:", wm is wm2)
h = hash(wm)
print("deleting the instance")
del b
print(wm(), wm2(), hash(wm) == h)
print("dead ones equal only themselves:", wm == wm, wm == wm2, wm != wm2)

# Deleting the function also kills it.
class Temp:
    def run(self):
        return 1
t = Temp()
wt = weakref.WeakMethod(t.run, lambda r: print("function died"))
del Temp.run
gc.collect()
print(wt())

try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakMethod(Button.click)
except TypeError as e:
    print(type(e).__name__, e)
