# A full collection over a heap of one million tracked objects (issue 4).
import gc

gc.disable()
heap = [[i] for i in range(1000000)]
total = 0
for _ in range(5):
    total += gc.collect()
print(len(heap), total)
