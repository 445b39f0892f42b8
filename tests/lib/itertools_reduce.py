# __reduce__ values and __setstate__ of itertools objects at each stage (iterator
# arguments shown by type name), copy/deepcopy, and the state errors.
import copy
from itertools import *

def names(x):
    if isinstance(x, tuple):
        return tuple(names(i) for i in x)
    if type(x).__name__.endswith("iterator") or type(x).__name__ in ("_tee_dataobject", "chain", "accumulate"):
        return type(x).__name__
    return x

def stages(label, make, *ks):
    for k in ks:
        it = make()
        for _ in islice(it, k): pass
        r = it.__reduce__()
        print(label, k, r[0].__name__, names(r[1:]))

stages("count", lambda: count(), 0, 2)
stages("count", lambda: count(3, 1.0), 1)
stages("count", lambda: count(2**63 - 2), 2)
stages("repeat", lambda: repeat("x", 2), 0, 1, 5)
stages("cycle", lambda: cycle("abc"), 0, 2, 4, 7)
stages("chain", lambda: chain("ab", "c"), 0, 1, 3, 9)
stages("islice", lambda: islice(range(10), 1, 8, 3), 0, 1, 9)
stages("accumulate", lambda: accumulate([1, 2, 3], initial=5), 0, 1, 9)
stages("accumulate", lambda: accumulate([None, 2]), 1)
stages("dropwhile", lambda: dropwhile(bool, [1, 0, 1]), 0, 1)
stages("takewhile", lambda: takewhile(bool, [1, 0, 1]), 1, 2)
stages("zip_longest", lambda: zip_longest("ab", "c"), 0, 1, 2, 3)
stages("product", lambda: product("ab", "cd"), 0, 1, 3, 9)
stages("permutations", lambda: permutations("abc", 2), 0, 2, 9)
stages("combinations", lambda: combinations("abcd", 2), 0, 3, 9)
stages("cwr", lambda: combinations_with_replacement("ab", 2), 0, 2, 9)
stages("groupby", lambda: groupby("aab"), 0, 1, 2)
stages("tee", lambda: tee("abc")[1], 0, 2)

g = groupby("aabb"); k, grp = next(g)
print(grp.__reduce__()[0].__name__, grp.__reduce__()[1][1]); next(g); print(grp.__reduce__())

c = cycle("abc"); [next(c) for _ in range(4)]
print([next(copy.copy(c)) for _ in range(2)], "".join(islice(copy.deepcopy(c), 5)), next(c))
for it in (islice(count(), 2, None), product("ab", repeat=2), combinations(range(4), 2),
           permutations("abc"), zip_longest("ab", "xyz"), groupby("aabbc")):
    next(it); d = copy.deepcopy(it)
    print(type(it).__name__, show := [x if type(x) is not tuple or type(x[1]).__name__ != "_grouper" else x[0] for x in islice(d, 4)])

p = permutations("abc", 2); next(p); p.__setstate__(((2, 9, -4), (0, 7))); print(p.__reduce__()[2], list(p))
c = combinations("abcd", 2); next(c); c.__setstate__((-1, 99)); print(list(c))
w = combinations_with_replacement("ab", 2); next(w); w.__setstate__((5, -5)); print(list(w))
pr = product("ab", "cd"); pr.__setstate__((1, -3)); print(list(pr))
pr = product("ab", ""); pr.__setstate__((0, 0)); print(pr.__reduce__(), list(pr))
i = islice("abcdef", 1, None); i.__setstate__(3); print(list(i))
d = dropwhile(bool, [1, 1, 0]); d.__setstate__(1); print(list(d))
t = takewhile(bool, [1, 1, 0]); t.__setstate__([1]); print(list(t))
ch = chain(); ch.__setstate__((iter("ab"),)); print(list(ch))
ch = chain(); ch.__setstate__((iter([iter("c")]), iter("ab"))); print(list(ch))
