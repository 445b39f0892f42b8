import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace, MappingProxyType
from dataclasses import dataclass, field

od = OrderedDict((k, list(range(k))) for k in range(5, 12))
pprint.pprint(od)
dd = defaultdict(list, {i: ['x' * i] for i in range(1, 8)})
pprint.pprint(dd)
pprint.pprint(Counter('abracadabra simsalabim hocus pocus' * 3), width=40)
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(ChainMap({'a': list(range(15))}, {'b': list(range(15))}))
ns = SimpleNamespace(alpha=list(range(20)), beta='text ' * 10, gamma=None)
pprint.pprint(ns)
pprint.pprint(MappingProxyType({'k%d' % i: i * 1000 for i in range(10)}))

@dataclass
class Point:
    x: int
    y: list
    hidden: int = field(default=0, repr=False)

pprint.pprint(Point(1, list(range(30))))
pprint.pprint(Point(1, [2]))
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])
