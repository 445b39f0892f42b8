# itertools.groupby: keys, groups, and the shared underlying iterator.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, _ in groupby('aabbbc')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])

# Advancing the outer iterator invalidates the previous group.
outer = groupby('aaabbc')
k1, g1 = next(outer)
k2, g2 = next(outer)
print(k1, list(g1), k2, list(g2))

outer = groupby('aaabbc')
k1, g1 = next(outer)
print(next(g1))
k2, g2 = next(outer)
print(k2, list(g1), list(g2), [k for k, _ in outer])

# A group partly consumed, then the outer advanced: the rest is skipped.
outer = groupby([1, 1, 1, 2, 2])
_, g = next(outer)
print(next(g), next(outer)[0], list(g))

# Keeping the groups requires copying them.
groups = {}
for k, g in groupby(sorted('mississippi')):
    groups[k] = list(g)
print(groups)

print(type(groupby('')).__name__, type(next(groupby('a'))[1]).__name__)
print(list(groupby([])), list(groupby('a', key=None))[0][0])

calls = []
def key(x):
    calls.append(x)
    return x // 10
for k, g in groupby([1, 2, 11, 12, 21], key=key):
    print(k, list(g))
print(calls)
try:
    groupby(1)
except TypeError as e:
    print(e)
