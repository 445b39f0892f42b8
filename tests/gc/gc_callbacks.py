# gc.callbacks: called with "start" and "stop" and an info dict.
import gc
gc.disable()
gc.collect()

events = []
def cb(phase, info):
    events.append((phase, sorted(info.items())))

print(gc.callbacks)
gc.callbacks.append(cb)
class Node:
    pass
a = Node()
b = Node()
a.b = b
b.a = a
del a, b
print("collect ->", gc.collect())
for e in events:
    print(e)
events.clear()
gc.collect(1)
for e in events:
    print(e)
events.clear()

# Automatic collections call them too.
gc.set_threshold(10)
gc.enable()
junk = [[] for i in range(30)]
gc.disable()
gc.set_threshold(700)
print("automatic:", len(events) >= 2, events[0][0], events[1][0])
gc.callbacks.remove(cb)

# An error in a callback is reported, not raised.
def bad(phase, info):
    if phase == "stop":
        raise RuntimeError("bad callback")
gc.callbacks.append(bad)
import sys, io
old = sys.stderr
sys.stderr = io.StringIO()
n = gc.collect()
text = sys.stderr.getvalue()
sys.stderr = old
gc.callbacks.remove(bad)
print("collect ->", n)
print(text.splitlines()[0].split(" at ")[0])
print(text.splitlines()[-1])
