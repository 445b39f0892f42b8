# The VM's inline attribute caches notice class changes made while a loop runs
class Meta(type):
    pass
class M(metaclass=Meta):
    def g(self):
        return 1
m = M()
out = []
for i in range(4):
    out.append(m.g())
    if i == 1:
        M.g = lambda self: 2
print(out)
class D:
    __slots__ = ("v",)
    def get(self):
        return self.v
objs = [D() for _ in range(3)]
for i, o in enumerate(objs):
    o.v = i
print([o.get() for o in objs])
D.get = lambda self: -self.v
print([o.get() for o in objs])
class P:
    attr = property(lambda self: "prop")
p = P()
print([p.attr for _ in range(2)])
P.attr = "plain now"
p.__dict__["attr"] = "instance wins"
print([p.attr for _ in range(2)])
