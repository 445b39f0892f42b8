print(list(), list("ab"), list((1, 2)), list({3: 0}), list(range(3)), list(x for x in "hi"))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple({1: 1}.items()))
print(dict(), dict(a=1), dict([("a", 1), ["b", 2]]), dict({"x": 1}, y=2), dict(zip("ab", range(2))))
print(set(), set("hello") == set("helo"), frozenset(), frozenset([1, 1]))
for ctor, arg in ((list, 5), (tuple, None), (dict, 5), (set, 3.5), (frozenset, True)):
    try:
        ctor(arg)
    except TypeError as e:
        print(ctor.__name__, type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "c"])
except ValueError as e:
    print(type(e).__name__, e)
l = [1, 2]
print(list(l) is l, tuple(t := (1, 2)) is t, dict(d := {}) is d)
print(list(iter([1, 2])), list(reversed([1, 2])), list(enumerate("ab")))
print(dict([(1, 2), (1, 3)]), dict(a=1, **{"b": 2}))
class L(list):
    pass
print(list(L([1])), type(list(L([1]))).__name__, L("ab"), type(L()).__name__)
print(tuple(L([3])), sorted(set([3, 1, 2])), list({"b": 1, "a": 2}.values()))
gen = (i * i for i in range(4))
print(tuple(gen), tuple(gen))
print(list(map(list, ["ab", "c"])), dict.fromkeys(range(3), "v"))
