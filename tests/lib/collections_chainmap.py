# collections.ChainMap.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm, 'x' in cm)
print(cm.get('x'), cm.get('x', 0), cm.maps[1] is env, bool(cm), bool(ChainMap({})))
cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
del cm['color']
print(cm['color'], cm)
for call in [lambda: cm.__delitem__('user'), lambda: cm.pop('user'),
             lambda: ChainMap().popitem(), lambda: cm['nope']]:
    try:
        call()
    except KeyError as e:
        print('KeyError', e)
child = cm.new_child()
child['user'] = 'child'
print(child['user'], cm['user'], len(child.maps), child.maps[1] is cli)
kid = cm.new_child({'a': 1}, b=2)
print(kid.maps[0], kid.parents.maps == cm.maps, cm.parents)
print(ChainMap(), ChainMap({1: 2}, {3: 4}), ChainMap.fromkeys('ab', 0))
c = cm.copy()
c['new'] = 1
print('new' in cm, c.maps[1] is env, type(c).__name__)
print(list(ChainMap({'b': 1, 'a': 2}, {'c': 3, 'a': 4}).items()))
m = ChainMap({'k': 1})
print(m.pop('k'), m.pop('k', 'gone'), m.setdefault('s', 5), m.maps)
m.update(t=1)
print(m, m.popitem(), m)
m.maps[0]['z'] = 0
m.clear()
print(m, dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}))
from collections.abc import MutableMapping
print(isinstance(cm, MutableMapping), cm == {'user': 'admin', 'color': 'red'})
