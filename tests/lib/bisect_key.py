# bisect with key= on records, and a sorted-collection helper built on insort.
from bisect import bisect_left, bisect_right, insort_left, insort_right

class SortedList:
    def __init__(self, key=lambda x: x):
        self.key = key
        self.items = []

    def add(self, item):
        insort_right(self.items, item, key=self.key)

    def count_between(self, lo, hi):
        return bisect_right(self.items, hi, key=self.key) - bisect_left(self.items, lo, key=self.key)

people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19), ('eve', 25), ('fay', 40)]
s = SortedList(key=lambda p: p[1])
for p in people:
    s.add(p)
print(s.items)
print(s.count_between(20, 31), s.count_between(32, 39), s.count_between(0, 100))
ages = [p[1] for p in s.items]
for age in [19, 25, 30, 31, 41]:
    print(age, bisect_left(s.items, age, key=lambda p: p[1]),
          bisect_right(s.items, age, key=lambda p: p[1]), bisect_left(ages, age))
words = []
for w in ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']:
    insort_left(words, w, key=len)
print(words)
print(bisect_left(words, 4, 2, 5, key=len), bisect_right(words, 4, 0, 3, key=len))
nums = list(range(0, 100, 10))
print([bisect_left(nums, x) for x in (-5, 0, 5, 95, 100)])
print([bisect_right(nums, x, lo=3, hi=7) for x in (0, 35, 50, 99)])
try:
    bisect_right(nums, 5, hi=-1) if False else bisect_left(nums, 5, lo=-2)
except ValueError as e:
    print(type(e).__name__, e)
