def f():
    pass

class C:
    pass

print(f())
print(C.__name__)

for i in range(3):
    pass
print(i)

while False:
    pass

if True:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
finally:
    pass

def g():
    ...
print(g())
print(...)
print(Ellipsis is ..., type(...).__name__)
print(repr(Ellipsis), str(...))
x = [1, ..., 3]
print(x)
def h():
    "docstring only"
print(h(), h.__doc__)
class D: ...
print(D.__name__, D() is not None)
