a = [1]
first = id(a)
a.append(2)
a.extend(range(100))
a.sort()
print("mutation keeps the id:", id(a) == first)
b = a
print(id(b) == id(a), b is a)
ids = {id(x) for x in [a, a, a]}
print("same object, one id:", len(ids))
live = [object() for _ in range(100)]
print("distinct live objects have distinct ids:", len({id(o) for o in live}) == 100)
s = "text"
print(id(s) == id(s), id(s[:]) == id(s))
t = (1, 2)
print(id(t) == id(tuple(t)))
x = 300
y = x
print(id(x) == id(y))
def same(v):
    return id(v)
print(same(a) == id(a))
class K:
    pass
k = K()
k_id = id(k)
k.attr = "changed"
print(id(k) == k_id, id(K) == id(type(k)))
print(type(id(a)).__name__, id(a) > 0)
print(id(None) == id(None), id(True) == id(1 == 1), id(...) == id(Ellipsis))
m = {}
key = id(m)
print(id(m) == key, id({}) != key or True)
