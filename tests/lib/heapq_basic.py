# heapq: push/pop/heapify/replace/pushpop and the heap layout on ties.
import heapq

class Item:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return '%s%s' % (self.k, self.tag)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
items = [Item(k, t) for k, t in zip([2, 1, 2, 1, 3, 1, 2], 'abcdefg')]
heapq.heapify(items)
print(items)
print([heapq.heappop(items) for _ in range(len(items))])
h = []
for k, t in zip([1, 1, 0, 1, 0, 1], 'uvwxyz'):
    heapq.heappush(h, Item(k, t))
print(h)
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__, e)
print(heapq.heappushpop([], 5))
h = [(2, 'b'), (1, 'a')]
heapq.heapify(h)
print(heapq.heappop(h), h)
