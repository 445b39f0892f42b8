import pprint

data = {'name': 'glass', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'x': (1, 2, 3)}], 'b': None},
        'tags': ('interp', 'c11', 'python'), 'flag': True, 'ratio': 0.25}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([list(range(12))] * 3, width=30, compact=True)
pprint.pprint((1,))
pprint.pprint(tuple(range(25)), width=20)
pprint.pprint(([1, 2, 3] * 10,), width=40)
pprint.pprint({3, 1, 2})
pprint.pprint(set(range(30)), width=30)
pprint.pprint(frozenset(range(30)), width=30)
pprint.pprint([set(), frozenset(), {}, [], ()])
print(pprint.pformat({'b': 1, 'a': 2, 'c': [3] * 30}, sort_dicts=False))
pprint.pp({'z': 1, 'a': [1] * 40})
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]], depth=2))
print(pprint.pformat({'a': {'b': {'c': 1}}}, depth=1))
print(pprint.pformat(list(range(20)), indent=4, width=20))
print(pprint.pformat({'key%d' % i: i for i in range(8)}, indent=3, width=30))
print(pprint.pformat(123456789, underscore_numbers=True))
print(pprint.pformat([10**12, 5], underscore_numbers=True))
pprint.pprint({(1, 2): 'tuple key', 1: 'int', 'a': 'mixed keys'})
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'alpha': [1, 2, 3, 4, 5, 6, 7, 8, 9], 'beta': 'x' * 10})
print(pp.pformat([{'k': 'v' * 20}] * 2))
class L(list): pass
pprint.pprint(L(range(30)))
