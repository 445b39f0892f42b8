# A cycle survives del; gc.collect() frees it and returns what it found.
import gc
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("after del: nothing freed yet")
print("collect ->", gc.collect())
print("again ->", gc.collect())

l = []
l.append(l)
del l
print("self list ->", gc.collect())

d = {}
d["self"] = d
del d
print("self dict ->", gc.collect())

x = Node("x")
x.me = x
del x
print("self instance ->", gc.collect())

# A materialised __dict__ is one more object in the cycle.
p = Node("p")
q = Node("q")
p.q = q
q.p = p
vars(p)
del p, q
print("one __dict__ materialised ->", gc.collect())

t = [[], []]
t[0].append(t[1])
t[1].append(t[0])
del t
print("two lists ->", gc.collect())
