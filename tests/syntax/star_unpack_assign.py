a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
x = y = z = []
print(x is y is z)
a, b = "xy"
print(a, b)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
for errcase in ("a, b = 1, 2, 3", "a, b = [1]", "a, b, *c = (1,)", "a, b = 5"):
    try:
        exec(errcase)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
*all_, = 1, 2
print(all_)
