# collections.OrderedDict.
from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1), OrderedDict([('x', 1), ('y', 2)]))

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, a == a.copy())
print(list(reversed(a)), type(a.copy()).__name__, OrderedDict.fromkeys('abc', 0))
a.update({'z': 3}, w=4)
print(a)
a['x'] = 10
print(list(a.items()))
del a['y']
print(a, a.pop('z'), a.pop('nope', 'default'), a.setdefault('n', 0), a)
print(a | {'q': 1}, type(a | {}).__name__)
a |= {'r': 2}
print(a)
for call in [lambda: OrderedDict().popitem(), lambda: od.move_to_end('zz'),
             lambda: a.pop('nope')]:
    try:
        call()
    except KeyError as e:
        print('KeyError', e)
print(isinstance(a, dict), OrderedDict.__hash__ is None)
r = OrderedDict()
r['me'] = r
print(r)
