import sys
class T:
    pass
a = T()
b = T()
base_a = sys.getrefcount(a)
base_b = sys.getrefcount(b)
x = a
print("x = a:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
x = b
print("x = b:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
del x
print("del x:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
lst = [a, a, b]
print("[a, a, b]:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
lst[0] = b
print("lst[0] = b:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
lst.reverse()
print("reverse keeps counts:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
copy = lst[:]
print("slice copy doubles:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
del lst, copy
print("both lists gone:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
d = {a: b}
print("dict {a: b}:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
d.clear()
print("cleared:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
def hold(v):
    return [v] * 3
h = hold(a)
print("function returned a list of 3:", sys.getrefcount(a) - base_a)
h = None
print("dropped:", sys.getrefcount(a) - base_a)
for item in [a]:
    pass
print("loop variable still bound:", sys.getrefcount(a) - base_a)
del item
print("after del item:", sys.getrefcount(a) - base_a)
