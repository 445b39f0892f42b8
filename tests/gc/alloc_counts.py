# The generation-0 count follows allocations of GC objects, not cycles:
# allocate-and-free churn never triggers a collection.
import gc
gc.disable()

class C:
    pass

runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase))
gc.collect()
runs.clear()
gc.enable()
for i in range(2000):
    C()
for i in range(2000):
    x = [C(), C()]
gc.disable()
print("collections during churn:", len(runs))

# Keeping objects does trigger automatic collections.
gc.collect()
runs.clear()
gc.enable()
keep = []
for i in range(1500):
    keep.append(C())
gc.disable()
print("collections while keeping 1500:", len(runs) >= 2, runs[:2])

# Allocation raises the count, freeing lowers it.
held = []
gc.collect()
start = gc.get_count()[0]
for i in range(100):
    held.append(C())
grown = gc.get_count()[0] - start
held.clear()
shrunk = gc.get_count()[0] - start
print("100 instances:", grown, "freed again:", shrunk)
gc.collect()
print("first tuple after a full collection counts:", gc.get_count())
del x
print("never below zero:", gc.get_count()[0] >= 0)
