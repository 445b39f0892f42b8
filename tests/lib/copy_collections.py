# copy: the collections types (namedtuple, deque, OrderedDict, defaultdict,
# Counter, ChainMap) copy through their own __copy__ or the reduce protocol.
import copy
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter, ChainMap

Pt = namedtuple('Pt', 'x y')
pt = Pt(1, [2])
print(copy.copy(pt), copy.copy(pt)[1] is pt[1], copy.deepcopy(pt)[1] is pt[1])
dq = deque([[1]], maxlen=4)
dq2 = copy.deepcopy(dq)
print(dq2, dq2.maxlen, dq2[0] is dq[0], copy.copy(dq)[0] is dq[0])
print(copy.deepcopy(OrderedDict(b=[1], a=2)), copy.copy(Counter('aab')))
dd = defaultdict(list, k=[1])
dd2 = copy.deepcopy(dd)
print(dd2, dd2['k'] is dd['k'], dd2.default_factory is list)

od = OrderedDict(a=[1])
od2 = copy.copy(od)
print(type(od2).__name__, od2['a'] is od['a'], list(od2) == list(od))
cm = ChainMap({'a': [1]}, {'b': 2})
cm2 = copy.copy(cm)
print(cm2.maps[0] is not cm.maps[0], cm2.maps[1] is cm.maps[1], cm2['a'] is cm['a'])
cm3 = copy.deepcopy(cm)
print(cm3.maps[1] is not cm.maps[1], cm3 == cm)
c = Counter(a=[1] and 2)
print(copy.deepcopy(c) == c, type(copy.deepcopy(c)).__name__)
nested = [deque([1]), Pt(1, 2), defaultdict(int)]
n2 = copy.deepcopy(nested)
print(n2, n2[0] is not nested[0], n2[1] == nested[1])
