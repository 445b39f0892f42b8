# copy.deepcopy: a new graph; sharing and cycles preserved; atoms kept.
import copy

shared = [0]
data = {'a': shared, 'b': shared, 'c': [shared, (shared,)]}
d = copy.deepcopy(data)
print(d == data, d['a'] is not shared, d['a'] is d['b'], d['c'][0] is d['a'], d['c'][1][0] is d['a'])

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2 is not cyc, c2[1] is c2, c2[0])
dcyc = {}
dcyc['self'] = dcyc
print(copy.deepcopy(dcyc)['self'] is not dcyc)
node = {'children': []}
child = {'parent': node}
node['children'].append(child)
n2 = copy.deepcopy(node)
print(n2['children'][0]['parent'] is n2, n2 is not node)

# Tuples of atoms come back as they are; tuples holding mutables are rebuilt.
atoms = (1, 'x', None, (2.5, b'b'))
print(copy.deepcopy(atoms) is atoms)
mixed = (1, [2])
m2 = copy.deepcopy(mixed)
print(m2 is mixed, m2 == mixed, m2[1] is mixed[1])
tcyc = ([],)
tcyc[0].append(tcyc)
t2 = copy.deepcopy(tcyc)
print(t2 is not tcyc, t2[0][0] is t2)
for atom in [None, 7, 3.5, 1j, 'text', b'b', range(2), len, int, True]:
    print(type(atom).__name__, copy.deepcopy(atom) is atom)
print(copy.deepcopy({1, 2}), copy.deepcopy(frozenset('a')), copy.deepcopy(bytearray(b'z')))

memo = {}
a = [1]
b1 = copy.deepcopy(a, memo)
b2 = copy.deepcopy(a, memo)
print(b1 is b2, memo[id(a)] is b1, id(memo) in memo)

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
x, y = Node([1]), Node([2])
x.next, y.next = y, x
x2 = copy.deepcopy(x)
print(x2.next.next is x2, x2.value == x.value, x2.value is not x.value, type(x2).__name__)

class Both:
    def __init__(self): self.data = [1]
    def __deepcopy__(self, memo):
        print('__deepcopy__ with memo', type(memo).__name__, id(self) in memo)
        new = Both.__new__(Both)
        new.data = copy.deepcopy(self.data, memo)
        return new
bb = copy.deepcopy([Both()])
print(bb[0].data)
