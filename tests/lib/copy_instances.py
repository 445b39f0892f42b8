# copy: instances via the __reduce_ex__(4) protocol: no __init__, __dict__ and slots.
import copy

class Counted:
    inits = 0
    def __init__(self, items):
        Counted.inits += 1
        self.items = items
c = Counted([[1], [2]])
s, d = copy.copy(c), copy.deepcopy(c)
print(Counted.inits, s.items is c.items, d.items == c.items, d.items[0] is c.items[0])

class Slotted:
    __slots__ = ('a', 'b')
class Derived(Slotted):
    __slots__ = ('c', '__dict__')
o = Derived()
o.a, o.c, o.extra = [1], 'c', {'e': 1}
o2 = copy.deepcopy(o)
print(o2.a, o2.a is o.a, o2.c, o2.extra, hasattr(o2, 'b'))
o3 = copy.copy(o)
print(o3.a is o.a, o3.extra is o.extra)

class Stateful:
    def __init__(self): self.x = 1; self.cache = 'big'
    def __getstate__(self):
        return {'x': self.x}
    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state, restored=True)
st = copy.copy(Stateful())
print(sorted(vars(st)))

class Reduced:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 10,))
print(copy.copy(Reduced(2)).v, copy.deepcopy(Reduced(3)).v)

class NewArgs(int):
    def __new__(cls, v, label):
        self = super().__new__(cls, v)
        self.label = label
        return self
    def __getnewargs__(self):
        return (int(self), self.label)
n = copy.deepcopy(NewArgs(5, 'five'))
print(n, n.label, type(n).__name__)

class Method:
    def get(self): return self
m = Method()
bound = copy.deepcopy(m.get)
print(bound() is not m, type(bound()).__name__, copy.copy(m.get)() is m)
