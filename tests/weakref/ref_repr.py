# The reprs of refs and proxies (addresses masked).
import gc
import weakref
gc.disable()

def mask(s):
    out = ""
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out += "0x?"
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out += s[i]
            i += 1
    return out

class Obj:
    pass

def func():
    pass

o = Obj()
r = weakref.ref(o)
print(mask(repr(r)))
print(mask(repr(weakref.ref(func))))
print(mask(repr(weakref.ref(Obj))))
print(mask(repr(weakref.ref(weakref))))
p = weakref.proxy(o)
print(mask(repr(p)))
print(mask(repr(weakref.proxy(func))))
del o
print(mask(repr(r)))
print(mask(repr(p)))
class Named:
    __name__ = "from the class"
class Inst:
    pass
i = Inst()
i.__name__ = "an instance attribute"
n = Named()
print(mask(repr(weakref.ref(n))), mask(repr(weakref.ref(i))))
class MyRef(weakref.ref):
    pass
o = Obj()
print(mask(repr(MyRef(o))))
