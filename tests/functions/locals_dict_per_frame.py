# locals() in a function is one dict per frame (CPython's f_locals): each call
# refreshes it and keeps the names an exec() stored there.
import sys
def fn():
    x = 1
    exec("x = 2; y = 3")
    l = locals()
    return x, l.get("y"), l is locals(), sorted(l)
print(fn())
def g():
    a = 1
    l1 = locals()
    del a
    l2 = locals()
    b = 2
    return l1 is l2, sorted(l2)
print(g())
def h():
    f = sys._getframe()
    return f.f_locals is f.f_locals, f.f_locals is locals()
print(h())
def k():
    v = 10
    def inner():
        return v
    return sorted(locals()), inner()
print(k())
def m():
    exec("q = 5")
    return eval("q")
print(m())
def cycle():
    l = locals()
    return "l" in l
print(cycle())
import gc
class D:
    def __del__(self): print("D freed")
def n():
    d = D()
    loc = locals()
    return 1
print(n()); gc.collect(); print("after collect")
