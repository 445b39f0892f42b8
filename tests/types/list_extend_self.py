l = [1, 2]
l.extend(l)
print(l)
l += l
print(l, len(l))
m = [1, 2, 3]
m[1:2] = m
print(m)
n = [1, 2, 3]
n[:] = n[::-1]
print(n)
a = [0]
a.append(a)
print(a, a[1][1][1] is a)
b = [1, 2, 3]
b.insert(1, b[:])
print(b)
c = [3, 1, 2]
c.sort(key=lambda v: c.index(v) if False else v)
print(c)
d = [1, 2, 3, 4]
for x in d[:]:
    if x % 2 == 0:
        d.remove(x)
print(d)
e = list(range(5))
e[::2] = e[1::2] + [99]
print(e)
f = [1]
f *= 0
print(f, len(f))
g = [[]] * 3
g[0] += [1]
print(g)
h = [1, 2, 3]
h[len(h):] = [4]
h[:0] = [0]
print(h)
i = [5, 6]
i.extend(list(i))
print(i)
j = [1, 2, 3]
del j[:]
print(j)
k = list(range(10))
print(k.pop(), k.pop(0), k.pop(3), k)
