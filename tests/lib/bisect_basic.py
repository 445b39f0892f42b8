# bisect: bisect_left/right with lo, hi and key; insort_left/right.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
print(bisect.bisect_left(a, 5, hi=3), bisect.bisect_right(a, 1, lo=4))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]),
      bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
c = [1.0, 2.0]
bisect.insort_left(c, 1)
bisect.insort_right(c, 2)
print(c)
r = [('x', 1), ('y', 5)]
bisect.insort(r, ('z', 3), key=lambda t: t[1])
bisect.insort_left(r, ('w', 5), key=lambda t: t[1])
print(r)
grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left('acegi', 'd'), bisect.bisect_right(range(10), 4))
try:
    bisect.bisect([1, 2], 'x')
except TypeError as e:
    print(type(e).__name__, e)
