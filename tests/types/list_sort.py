data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
words = ["banana", "Apple", "cherry", "date", "Fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
recs = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 1), ("eve", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted([3, 1.5, True, 0, -2.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((x for x in [2, 1])))
l = [3, 1, 2]
print(l.sort(key=lambda x: -x), l)
print(sorted([[2, 1], [1, 2], [1]]), sorted([], reverse=True))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V{self.v}"
print(sorted([V(3), V(1), V(2)]), max([V(3), V(7)]), min([V(3), V(7)]))
stable = sorted([("x", 1), ("y", 1), ("z", 0)], key=lambda p: p[1])
print(stable)
print(sorted(range(10), key=lambda x: (x % 3, -x)))
