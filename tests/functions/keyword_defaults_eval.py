order = []
def mark(name, value):
    order.append(name)
    return value
def f(a=mark("a", 1), *, b=mark("b", 2), c=mark("c", 3)):
    return a, b, c
print(order, f(), f.__defaults__, f.__kwdefaults__)
def g(x, items=mark("items", [])):
    items.append(x)
    return items
print(g(1), g(2), g(3, []), g.__defaults__)
class K:
    def method(self, v=mark("method default", "m")):
        return v
print(K().method(), order)
def outer():
    def inner(v=mark("inner default", "i")):
        return v
    return inner
order.clear()
outer()
outer()
print(order)
lam = lambda x=mark("lambda default", 5): x
print(lam(), lam(7))
def uses_global(v=None):
    return v if v is not None else GLOBAL
GLOBAL = "late global"
print(uses_global())
def h(a, b=None, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h.__defaults__, h.__kwdefaults__, h.__code__.co_argcount, h.__code__.co_kwonlyargcount)
print(h(1, c=3), h(1, 2, 3, c=4, d=5, e=6))
print(h.__code__.co_flags & 0x04 != 0, h.__code__.co_flags & 0x08 != 0)
