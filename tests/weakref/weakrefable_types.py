# Which objects can be weakly referenced; the TypeError for the others.
import gc
import sys
import weakref
gc.disable()

class Plain:
    def method(self):
        pass
class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyTuple(tuple):
    pass

def func():
    pass
def gen():
    yield 1

ok = [set(), frozenset(), func, Plain, Plain().method, sys, len, gen(),
      func.__code__, Plain(), MyList(), MyDict(), SlottedWeak(), type]
for x in ok:
    r = weakref.ref(x)
    print(type(x).__name__, r() is x)

bad = [1, True, 1.5, 1j, "s", b"b", bytearray(), (), [], {}, None, object(),
       range(1), slice(1), property(), classmethod(func), staticmethod(func),
       Ellipsis, MyInt(1), MyTuple(), Slotted()]
for x in bad:
    try:
        weakref.ref(x)
    except TypeError as e:
        print(type(e).__name__, e)
print("__weakref__ attribute:", Plain().__weakref__)
p = Plain()
r = weakref.ref(p)
print(p.__weakref__ is r)
print(hasattr(Slotted(), "__weakref__"), hasattr(SlottedWeak(), "__weakref__"))
