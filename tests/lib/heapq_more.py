# heapq: merge with key/reverse, nlargest/nsmallest with key, and the heap primitives
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 4, 0], reverse=True)))
print(list(heapq.merge(["horse", "dog"], ["kangaroo", "fish", "cat"], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [], key=abs)))
print(list(heapq.merge([(1, "b"), (2, "a")], [(1, "a"), (3, "z")])))
print(list(heapq.merge([1, 1], [1, 1], key=lambda x: 0)))
print(list(heapq.merge(iter([1, 4]), (x for x in [2, 3]))))
a = [("x", 1), ("y", 2)]
b = [("z", 1), ("w", 2)]
print(list(heapq.merge(a, b, key=lambda t: t[1])))
m = heapq.merge([1, 2], [3])
print(next(m), type(m).__name__)

data = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(3, data, key=lambda x: -x), heapq.nsmallest(4, data, key=abs))
print(heapq.nlargest(0, data), heapq.nsmallest(-1, data), heapq.nlargest(1, data), heapq.nsmallest(1, data, key=abs))
print(heapq.nlargest(20, data), heapq.nsmallest(20, iter(data), key=lambda x: x % 5))
print(heapq.nlargest(2, []), heapq.nsmallest(1, [], key=abs), heapq.nlargest(1, [], key=abs))
recs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(2, recs, key=lambda r: r[1]))
print(heapq.nlargest(3, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(2, iter([3, 1, 3, 2])), heapq.nsmallest(2, (x for x in "hello")))

h = []
for v in (5, 3, 8, 1, 9, 2):
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 7), h)
print(heapq.heapreplace(h, 4), h)
x = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapq.heapify(x)
print(x, [heapq.heappop(x) for _ in range(len(x))])
for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify((1,)),
             lambda: heapq.heappush((), 1), lambda: heapq.heappush([1, "a"], 2),
             lambda: heapq.nlargest("a", [1])):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(heapq._heapify_max([3, 1, 2]) if False else sorted(heapq.__all__))
for f in (heapq.heappop, heapq.heapify, heapq._heapify_max, heapq._heappop_max):
    try:
        f(())
    except TypeError as e:
        print("TypeError", e)
for f in (heapq.heappush, heapq.heapreplace, heapq.heappushpop, heapq._heapreplace_max):
    try:
        f({}, 1)
    except TypeError as e:
        print("TypeError", e)
class H(list):
    pass
h = H([3, 1, 2])
heapq.heapify(h)
heapq.heappush(h, 0)
print(h, type(h).__name__, heapq.heappop(h))
