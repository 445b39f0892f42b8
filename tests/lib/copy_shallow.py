# copy.copy: a new outer container, the same inner objects.
import copy

inner = [1, 2]
outer = [inner, {'k': inner}]
s = copy.copy(outer)
print(s is outer, s == outer, s[0] is inner, s[1] is outer[1])
s.append('new')
inner.append(3)
print(outer, s)
d = {'a': [1], 'b': 2}
dc = copy.copy(d)
print(dc is d, dc['a'] is d['a'], dc == d)
st = {1, 2}
print(copy.copy(st) is st, copy.copy(st) == st, copy.copy(bytearray(b'ab')))

# Immutables come back as they are.
t = (1, [2])
print(copy.copy(t) is t, copy.copy('str') is not None, copy.copy(frozenset([1])) == {1})
for atom in [None, 42, 2.5, 'text', b'bytes', (1, 2), range(3), len, int, Ellipsis]:
    print(type(atom).__name__, copy.copy(atom) is atom)

class Plain:
    def __init__(self):
        print('init runs')
        self.items = []
p = Plain()
q = copy.copy(p)
print(q is p, type(q).__name__, q.items is p.items)

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)
print(copy.copy(Custom(1)).v)

class MyList(list):
    pass
ml = MyList([[1], 2])
ml.tag = 'tag'
mc = copy.copy(ml)
print(type(mc).__name__, mc, mc[0] is ml[0], mc.tag)

def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print(e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)
