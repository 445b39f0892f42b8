# bisect: key=, lo/hi bounds, insort variants and argument errors
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
          bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 0, 4), bisect.bisect(a, x, hi=3))
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key),
      bisect.bisect(recs, 4, key=key), bisect.bisect_left(recs, 3, 2, key=key),
      bisect.bisect_right(recs, 7, 0, 2, key=key), bisect.bisect_left(recs, 3, lo=0, hi=1, key=key))
bisect.insort_left(recs, ("x", 3), key=key)
bisect.insort_right(recs, ("y", 3), key=key)
bisect.insort(recs, ("z", 0), key=key)
bisect.insort(recs, ("w", 9), 2, key=key)
print(recs)
b = []
for v in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(b, v)
print(b)
c = [1, 3, 5]
bisect.insort_left(c, 3, 1, 2)
bisect.insort_right(c, 3, lo=0, hi=1)
print(c)
words = ["apple", "Banana", "cherry"]
print(bisect.bisect(words, "BANANA", key=str.lower), bisect.bisect_left(words, "banana", key=str.lower))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1, key=abs), bisect.bisect_left(a, 2, 10))
for call in (lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect_right(a, 1, lo=-2),
             lambda: bisect.insort(a, 1, -1), lambda: bisect.bisect(a), lambda: bisect.bisect(5, 1),
             lambda: bisect.bisect_left([1, "a"], 2), lambda: bisect.bisect(a, 1, "x"),
             lambda: bisect.bisect(a, 1, 0, 99)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = L([1, 2, 4])
bisect.insort(l, 3)
bisect.insort_left(l, 0, key=None)
print(l, bisect.bisect_left((1, 2, 3), 2), bisect.bisect_right(range(10), 4.5))
for call in (lambda: bisect.bisect_left(), lambda: bisect.insort(), lambda: bisect.insort([]),
             lambda: bisect.bisect([1], 1, 0, -1), lambda: bisect.bisect([1], 1, 0, -2),
             lambda: bisect.bisect([1], 1, None), lambda: bisect.insort([1], 1, 0.0),
             lambda: bisect.bisect([1, 2], 1, key=None, lo=0, hi=-1), lambda: bisect.insort_left(x=1),
             lambda: bisect.bisect_right([1, 2, 3], 2, True)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
