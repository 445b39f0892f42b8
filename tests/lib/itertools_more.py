# itertools: pairwise, accumulate(initial), groupby, filters, zip_longest, product,
# combinations_with_replacement, and their argument errors
import itertools as it
import operator

print(list(it.pairwise("ABCDE")), list(it.pairwise([1])), list(it.pairwise([])))
p = it.pairwise(iter(range(4)))
print(next(p), type(p).__name__, list(p))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=5)), list(it.accumulate([])), list(it.accumulate([3, 1, 4], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate("abc")))
print(list(it.accumulate([1, 2], func=None, initial=None)), list(it.accumulate(iter([5]), initial=None)))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby([1, 1, 2, 3, 3])], [len(list(g)) for k, g in it.groupby("aabccc")])
print([(k, list(g)) for k, g in it.groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])])
g = it.groupby("aabb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), list(g))
print(list(it.groupby([])), [(k, list(v)) for k, v in it.groupby([1, 2, 2], key=None)])
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("AB", [1, 1, 1])), list(it.compress(range(5), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(bool, [])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(bool, [0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest("AB", [1], [True, False, None])))
print(list(it.zip_longest()), list(it.zip_longest("ab")), list(it.zip_longest([], [], fillvalue=0)))
print(list(it.product("ab", repeat=2)), list(it.product(range(2), "xy")), list(it.product()))
print(list(it.product([0, 1], repeat=3))[:4], list(it.product("ab", repeat=0)), list(it.product("ab", [])))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement(range(3), 0)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.permutations("abc", 2)), list(it.combinations("ab", 3)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.islice(it.count(10, 5), 3)), list(it.repeat("x", 3)))
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.islice("abcdefg", 1, None, 2)))
a, b = it.tee(range(3))
print(list(a), list(b))
print(hasattr(it, "batched"), hasattr(it, "pairwise"))
for call in (lambda: it.product("ab", repeat=-1), lambda: it.combinations_with_replacement("ab", -1),
             lambda: it.pairwise(5), lambda: it.accumulate(5), lambda: it.zip_longest("a", 1),
             lambda: it.compress("a"), lambda: it.groupby(5), lambda: list(it.accumulate([1, "a"])),
             lambda: it.zip_longest("a", fillvalue=1, x=2), lambda: it.product("a", rep=2),
             lambda: it.dropwhile(len), lambda: it.filterfalse(None, 3),
             lambda: it.accumulate([1], initial=1, func=None, x=1)):
    try:
        r = call()
        print(list(r) if hasattr(r, "__next__") else r)
    except Exception as e:
        print(type(e).__name__, e)
# argument checking as in the C module
calls = {
    "dropwhile()": lambda: it.dropwhile(), "dropwhile(1,2,3)": lambda: it.dropwhile(1, 2, 3),
    "dropwhile(kw)": lambda: it.dropwhile(predicate=1, iterable=2),
    "takewhile(1)": lambda: it.takewhile(1), "takewhile(kw)": lambda: it.takewhile(1, iterable=[]),
    "filterfalse(1)": lambda: it.filterfalse(1), "filterfalse(kw)": lambda: it.filterfalse(None, iterable=[]),
    "starmap(1)": lambda: it.starmap(1), "starmap(kw)": lambda: it.starmap(function=1, iterable=[]),
    "groupby()": lambda: it.groupby(), "groupby(kw)": lambda: it.groupby([], keyx=1),
    "groupby(3)": lambda: it.groupby([], None, 3), "groupby(iterable=)": lambda: [k for k, g in it.groupby(iterable="aab")],
    "groupby(dup)": lambda: it.groupby([], iterable=[]),
    "pairwise()": lambda: it.pairwise(), "pairwise(kw)": lambda: it.pairwise(iterable=[]),
    "zip_longest(x=)": lambda: it.zip_longest(x=1), "zip_longest(f,x)": lambda: it.zip_longest(fillvalue=1, x=2),
    "product(rep)": lambda: it.product(rep=1), "product(repeat,x)": lambda: it.product(repeat=1, x=2),
    "accumulate(4)": lambda: it.accumulate([], None, None, None), "accumulate(3)": lambda: it.accumulate([], None, None),
    "accumulate(x=)": lambda: it.accumulate([], x=1), "accumulate()": lambda: it.accumulate(),
    "accumulate(kw)": lambda: it.accumulate(iterable=[1, 2], func=operator.sub, initial=10),
    "compress()": lambda: it.compress(), "compress(kw)": lambda: it.compress(data="ab", selectors=[0, 1]),
    "compress(x=)": lambda: it.compress([], [], x=1),
    "cwr(1)": lambda: it.combinations_with_replacement([]), "cwr(kw)": lambda: it.combinations_with_replacement(iterable="ab", r=1),
    "combinations(1)": lambda: it.combinations([]), "permutations(3)": lambda: it.permutations([], 1, 2),
    "permutations(kw)": lambda: it.permutations(iterable="ab", r=1), "permutations()": lambda: it.permutations(),
    "chain(kw)": lambda: it.chain(x=1), "count(3)": lambda: it.count(1, 2, 3),
    "count(kw)": lambda: it.islice(it.count(start=1, step=2), 3), "count(step=)": lambda: it.islice(it.count(step=3), 2),
    "cycle()": lambda: it.cycle(), "tee(-1)": lambda: it.tee([], -1), "repeat()": lambda: it.repeat(),
    "islice()": lambda: it.islice(), "product(repeat=x)": lambda: it.product([], repeat="x"),
}
for k, c in calls.items():
    try:
        r = c()
        print(k, "->", list(r) if isinstance(r, (it.islice, it.groupby, it.accumulate, it.compress,
              it.permutations, it.combinations_with_replacement)) else type(r).__name__)
    except Exception as e:
        print(k, "->", type(e).__name__, e)
