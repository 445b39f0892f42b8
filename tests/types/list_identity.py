a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0]
cid = id(c)
c *= 3
print(c, id(c) == cid)
c.extend(c)
print(c)
d = [1, 2, 3]
e = d[:]
e.append(4)
print(d, e, d == e[:3], d is e)
f = list(d)
print(f == d, f is d)
outer = [[1], [2]]
shallow = outer[:]
shallow[0].append("shared")
shallow[1] = ["replaced"]
print(outer, shallow)
x = [1, 2, 3]
y = x
x = [9]
print(y)
lst = [1, 2]
lst += "ab"
print(lst)
lst += range(2)
print(lst)
try:
    lst = lst + "cd"
except TypeError as e:
    print(type(e).__name__, e)
t = ([],)
t[0].append(1)
print(t)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref, self_ref[1] is self_ref)
d2 = {"k": []}
d2["k"] += [1]
print(d2)
nested = [[]] * 3
nested[0].append(1)
print(nested, nested[0] is nested[2])
