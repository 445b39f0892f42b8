# collections.defaultdict.
from collections import defaultdict

groups = defaultdict(list)
for word in ['apple', 'bat', 'avocado', 'bee', 'cat']:
    groups[word[0]].append(word)
print(groups, groups.default_factory)
print(isinstance(groups, dict), type(groups).__name__, dict(groups) == groups)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.get('z'), 'z' in counts, counts['z'], 'z' in counts)

none = defaultdict()
print(none, none.default_factory)
try:
    none['missing']
except KeyError as e:
    print('KeyError', e)

nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(dict(nested['a']), len(nested))
dd = defaultdict(list, {'x': [1]}, y=[2])
print(dd, repr(defaultdict(int)), repr(defaultdict(None, a=1)))
c = dd.copy()
print(type(c).__name__, c == dd, c['x'] is dd['x'], c.default_factory is list)
dd.default_factory = set
dd['new'].add(1)
print(dd['new'])
merged = dd | {'z': 0}
print(type(merged).__name__, merged.default_factory is set, sorted(merged))

class Tracker(defaultdict):
    def __missing__(self, key):
        print('missing', key)
        return super().__missing__(key)
t = Tracker(str)
print(repr(t['k']), t)
print(dd.pop('x'), dd.setdefault('q', 5), dd['q'])
try:
    defaultdict(1)
except TypeError as e:
    print(e)
s = defaultdict(list)
s['self'] = s
print(s)
