# gc.collect(n) resets the counts of generations 0..n and adds one to n+1.
import gc
gc.disable()

gc.collect()
print("after collect():", gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())
gc.collect(0)
gc.collect(0)
print("two collect(0):", gc.get_count())
gc.collect(generation=1)
print("keyword generation=1:", gc.get_count())

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    gc.collect("0")
except TypeError as e:
    print(type(e).__name__, e)

# Allocating GC objects raises the gen0 count; it never goes below zero.
gc.collect()
before = gc.get_count()[0]
keep = [[] for i in range(50)]
print("50 lists made by a comprehension ->", gc.get_count()[0] - before)
gc.collect()
print("after collect:", gc.get_count())
# Collecting works while disabled.
print("isenabled:", gc.isenabled())
