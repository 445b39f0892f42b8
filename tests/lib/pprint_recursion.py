import pprint
import re

a = [1, 2]
a.append(a)
d = {'self': None, 'x': 1}
d['self'] = d

def clean(s):
    return re.sub(r'id=\d+', 'id=N', s)

print(clean(pprint.pformat(a)))
print(clean(pprint.pformat(d)))
print(clean(pprint.saferepr(a)), clean(pprint.saferepr(d)))
print(pprint.isrecursive(a), pprint.isrecursive(d), pprint.isrecursive([1, [2]]))
print(pprint.isreadable(a), pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object()))
print(pprint.isreadable({'a': len}))
big = [list(range(20)), list(range(20))]
big.append(big)
print(clean(pprint.pformat(big)))
print(pprint.saferepr({'b': 2, 'a': [1, (2,)]}))
p = pprint.PrettyPrinter()
print(p.isrecursive(a), p.isreadable(a), p.isreadable([1, 2]))
print(p.format([1, {'a': 2}], {}, 0, 0))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
import io
s = io.StringIO()
pprint.pprint({'x': [1, 2]}, stream=s)
print(repr(s.getvalue()))
t = (1, 2)
print(pprint.pformat([t, t, [t]]))
