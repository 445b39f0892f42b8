# Thresholds, enable/disable/isenabled.
import gc
gc.disable()
print(gc.get_threshold())
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())

gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(400, 5)
print(gc.get_threshold())
gc.set_threshold(300, 6, 7)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

# Automatic collection: with a small threshold a cycle is freed without collect().
class Node:
    def __del__(self):
        print("freed automatically")

gc.collect()
gc.set_threshold(5)
gc.enable()
n = Node()
n.me = n
del n
junk = [[] for i in range(20)]
gc.disable()
gc.set_threshold(700)
print("done")
