a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
order = []
class Rec(dict):
    def __setitem__(self, k, v):
        order.append(k)
        super().__setitem__(k, v)
r = Rec()
r["first"] = r["second"] = r["third"] = 1
print(order)
p, q = r1, r2 = 1, 2
print(p, q, r1, r2)
m = n = (1, 2)
print(m is n)
first = *rest, = [1, 2, 3]
print(first, rest)
a, b = b, a = 1, 2
print(a, b)
k = v = "same"
print(k is v)
d = {}
d["x"] = d["y"] = []
d["x"].append("shared")
print(d)
u = w = 0
u += 1
print(u, w)
def f():
    f.calls += 1
    return f.calls
f.calls = 0
z1 = z2 = f()
print(z1, z2, f.calls)
