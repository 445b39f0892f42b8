l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend(range(2))
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(2), l.count(0), l.index(5, 2))
try:
    l.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
l.reverse()
print(l)
c = l.copy()
c.append("x")
print(l, c, c is l)
c.clear()
print(c, len(c))
l2 = [1, 2, 3]
r = l2.append(4)
print(r, l2.sort(), l2.reverse(), l2)
print([1, 2] + [3], [0] * 3, [[]] * 2, list("abc"), list(), list((1, 2)), list({"k": 1}))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 100], [] == [])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
print(len([None] * 5), [1, 2, 3][-1], 2 in [1, 2], [1, [2]].index([2]))
