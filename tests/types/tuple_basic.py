t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), type((1,)).__name__)
x = 1,
y = 1, 2
print(x, y, (1) == 1, (1,) == 1)
print(t.count(3.0), t.index("two"), (1, 2, 1, 1).count(1), (1, 2, 3).index(3, 1))
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (1, 2) * 2, 2 * (0,), (1,) * 0)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, 2) == (1, 2), () < (0,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
inner = [1]
tt = (inner, 2)
inner.append(9)
print(tt)
try:
    tt[0] += [5]
except TypeError as e:
    print(type(e).__name__, e, tt)
print(hash((1, 2)) == hash((1, 2)), 2 in (1, 2), tuple(t) is t, t[:] is t)
print(max((3, 1, 2)), sorted((3, 1, 2)), sum((1, 2, 3)))
