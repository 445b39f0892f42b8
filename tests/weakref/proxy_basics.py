# weakref.proxy: forwards to the referent; a dead proxy raises ReferenceError.
import gc
import weakref
gc.disable()

class Obj:
    def __init__(self):
        self.items = [1, 2, 3]
        self.name = "obj"
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __str__(self):
        return "str of Obj"
    def __add__(self, other):
        return "added " + str(other)
    def hello(self):
        return "hello from " + self.name

o = Obj()
p = weakref.proxy(o)
print(p.name, p.hello(), len(p), p[1], list(p), str(p), p + 1, bool(p))
p.name = "renamed"
print(o.name)
print("shared:", weakref.proxy(o) is p, weakref.proxy(o, print) is p)
print(type(p) is weakref.ProxyType, type(p).__name__)
print(isinstance(p, weakref.ProxyTypes))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)

def f(x):
    return x * 2
fp = weakref.proxy(f)
print(type(fp) is weakref.CallableProxyType, fp(21))

del o
for action in (lambda: p.name, lambda: str(p), lambda: p == 1, lambda: bool(p),
               lambda: len(p), lambda: p.hello()):
    try:
        action()
    except ReferenceError as e:
        print(type(e).__name__, e)
print("repr of a dead proxy works:", repr(p).startswith("<weakproxy at "))

o = Obj()
calls = []
p2 = weakref.proxy(o, calls.append)
del o
print("callback got the proxy:", calls[0] is p2)
try:
    weakref.proxy(1)
except TypeError as e:
    print(type(e).__name__, e)
