records = [("eve", 3), ("bob", 1), ("amy", 3), ("dan", 2), ("cat", 1), ("fay", 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
by_name_then_score = sorted(sorted(records), key=lambda r: r[1])
print(by_name_then_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["b", "A", "a", "B", "c", "C"]
print(sorted(words, key=str.lower), sorted(words, key=str.upper, reverse=True))
nums = [3, -3, 2, -2, 1, -1, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
data = list(range(20))
data.sort(key=lambda v: v % 4)
print(data)
l = [5, 1, 4]
l.sort(reverse=True)
print(l)
calls = []
def key(v):
    calls.append(v)
    return v
sorted([3, 1, 2], key=key)
print("key called once per item:", calls)
print(sorted([1, 1.0, True], key=lambda v: 0), [type(v).__name__ for v in sorted([True, 1.0, 1])])
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello world".split(), key=len))
import sys
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big) == sorted(big, key=lambda v: v), sorted(big)[:5], sorted(big)[-3:])
