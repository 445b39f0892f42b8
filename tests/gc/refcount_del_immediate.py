# Without a cycle, an object dies the moment its last reference goes.
import gc
gc.disable()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Noisy("a")
b = a
print("del a")
del a
print("del b")
del b
print("after del b")

x = Noisy("x")
print("rebind x")
x = Noisy("y")
print("after rebind")

l = [Noisy("in-list")]
print("clear list")
l.clear()
print("after clear")

def f():
    local = Noisy("local")
    print("returning")
f()
print("after f")

d = {"k": Noisy("dict value")}
print("del d['k']")
del d["k"]
print("end")
x = None
print("done")
