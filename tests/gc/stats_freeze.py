# get_stats keys; freeze/unfreeze/get_freeze_count.
import gc
gc.disable()
gc.collect()

stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for s in stats:
    print(sorted(s))
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(0)
gc.collect(1)
gc.collect()
after = [s["collections"] for s in gc.get_stats()]
print("collections added:", [a - b for a, b in zip(after, before)])

before = gc.get_stats()[2]["collected"]
l = []
l.append(l)
del l
gc.collect()
print("collected added:", gc.get_stats()[2]["collected"] - before)

print("freeze count before:", gc.get_freeze_count())
keep = [[] for i in range(10)]
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 10)
print("counts after freeze:", gc.get_count())
print("kept list frozen, still tracked:", gc.is_tracked(keep))
# Frozen objects are ignored by collections.
class Node:
    def __del__(self):
        print("__del__ (only after unfreeze)")
n = Node()
n.me = n
gc.freeze()
del n
print("collect while frozen ->", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze ->", gc.collect())
