import sys
x = object()
base = sys.getrefcount(x)
holder = [x]
print("after list store:", sys.getrefcount(x) - base)
holder.append(x)
print("stored twice:", sys.getrefcount(x) - base)
holder.pop()
holder.pop()
print("after removal:", sys.getrefcount(x) - base)
y = x
print("another name:", sys.getrefcount(x) - base)
del y
print("name deleted:", sys.getrefcount(x) - base)
d = {"k": x}
print("dict value:", sys.getrefcount(x) - base)
d["k"] = None
print("value replaced:", sys.getrefcount(x) - base)
t = (x, x, x)
print("tuple of three:", sys.getrefcount(x) - base)
del t
class Holder:
    pass
h = Holder()
h.attr = x
print("attribute:", sys.getrefcount(x) - base)
del h
print("holder freed:", sys.getrefcount(x) - base)
def f(arg):
    return sys.getrefcount(arg) - base
print("inside a call:", f(x) > 0)
s = {x}
print("set member:", sys.getrefcount(x) - base)
s.clear()
lst = [x] * 5
print("list of five:", sys.getrefcount(x) - base)
lst = None
print("list dropped:", sys.getrefcount(x) - base)
z = object()
zb = sys.getrefcount(z)
def keep():
    return z
fs = [keep for _ in range(3)]
print("function refs don't touch z:", sys.getrefcount(z) - zb)
print(type(sys.getrefcount(x)).__name__, sys.getrefcount(x) >= 2)
