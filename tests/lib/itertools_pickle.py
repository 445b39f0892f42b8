# pickle round trips of itertools objects at every protocol, fresh, part consumed and
# exhausted: the copy goes on where the original stands; dumps match CPython's bytes.
import pickle, hashlib, operator
from itertools import *

def show(x):
    out = []
    for item in islice(x, 12):
        if type(item) is tuple and len(item) == 2 and type(item[1]).__name__ == "_grouper":
            item = (item[0], list(item[1]))
        out.append(item)
    return out

def below3(x): return x < 3
def second(a, b): return b
def quarter(x): return x // 4

makers = [
    ("count", lambda: count(5)), ("count_step", lambda: count(1.5, 0.5)),
    ("count_big", lambda: count(2**64, 3)), ("repeat", lambda: repeat("r", 5)),
    ("repeat_inf", lambda: repeat(7)), ("cycle", lambda: cycle("abc")),
    ("chain", lambda: chain("ab", [], "cde")), ("from_iter", lambda: chain.from_iterable(["xy", "z"])),
    ("islice", lambda: islice(range(20), 2, 15, 3)), ("islice2", lambda: islice("abcdef", 4)),
    ("accumulate", lambda: accumulate([1, 2, 3, 4])),
    ("accum_init", lambda: accumulate([1, 2, 3], second, initial=10)),
    ("accum_none", lambda: accumulate([None, 1, 2], second)),
    ("compress", lambda: compress("abcdef", [1, 0, 1, 1, 0, 1])),
    ("dropwhile", lambda: dropwhile(below3, [1, 2, 3, 1, 5])),
    ("takewhile", lambda: takewhile(below3, [1, 2, 3, 1])),
    ("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2, 0])),
    ("starmap", lambda: starmap(pow, [(2, 3), (3, 2), (4, 1)])),
    ("zip_longest", lambda: zip_longest("abc", "d", fillvalue="-")),
    ("product", lambda: product("ab", range(3))), ("product0", lambda: product("ab", [])),
    ("permutations", lambda: permutations("abcd", 2)),
    ("combinations", lambda: combinations("abcde", 3)),
    ("cwr", lambda: combinations_with_replacement("abc", 2)),
    ("groupby", lambda: groupby("aabbbcd")), ("groupby_key", lambda: groupby(range(10), quarter)),
    ("tee", lambda: tee("abcdef")[0]),
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for name, make in makers:
        results = []
        for k in (0, 1, 3, 50):
            it = make()
            for _ in islice(it, k): pass
            data = pickle.dumps(it, proto)
            results.append(show(pickle.loads(data)) == show(it))
            if k == 1 and proto in (0, 2, 4):
                print(proto, name, hashlib.md5(data).hexdigest()[:12])
        print(proto, name, results)

# a group and its parent pickled together stay linked
g = groupby("aaabbc"); k, grp = next(g); next(grp)
g2, grp2 = pickle.loads(pickle.dumps((g, grp)))
print(list(grp2), show(g2))
print(pickle.loads(pickle.dumps(grp)) is not None, list(pickle.loads(pickle.dumps(grp))))
# tee objects sharing a buffer past one 57-item block
a, b = tee(range(200)); [next(a) for _ in range(130)]; next(b)
a2, b2 = pickle.loads(pickle.dumps((a, b)))
print(next(a2), next(b2), a2.__reduce__()[2][1], len(list(b2)))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try: pickle.dumps(pairwise("abc"), proto)
    except TypeError as e: print(proto, "TypeError", e)
