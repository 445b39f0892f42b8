log = []
class Res:
    def __init__(self, name):
        self.name = name
        log.append("create " + name)
    def __del__(self):
        log.append("del " + self.name)

a = Res("a")
b = a
del a
log.append("after del a")
del b
log.append("after del b")
print(log)
log.clear()
c = Res("c")
c = Res("c2")
log.append("rebound")
print(log)
log.clear()
def scope():
    local = Res("local")
    log.append("leaving scope")
scope()
log.append("after scope")
print(log)
log.clear()
holder = [Res("in list")]
holder.pop()
log.append("after pop")
print(log)
log.clear()
d = {"k": Res("dict value")}
d["k"] = 0
log.append("after replace")
print(log)
log.clear()
objs = [Res(str(i)) for i in range(3)]
del objs
print(log)
log.clear()
r = Res("returned")
def keep(x):
    return x
kept = keep(r)
del r
log.append("still alive via kept")
del kept
print(log)
log.clear()
chain = Res("outer")
chain.inner = Res("inner")
del chain
print(log)
