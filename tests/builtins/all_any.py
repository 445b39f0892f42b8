print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 1]))
print(all("abc"), any(""), all([[]]), any([[]]), all([None]), any([None, "x"]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all(range(0)), any(range(1)))
seen = []
def check(x):
    seen.append(x)
    return x
print(all(check(x) for x in [1, 0, 2]), seen)
seen.clear()
print(any(check(x) for x in [0, 3, 4]), seen)
it = iter([1, 0, 5, 6])
print(all(it), list(it))
it = iter([0, 7, 8])
print(any(it), list(it))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
class T:
    def __bool__(self):
        return True
class F:
    def __len__(self):
        return 0
print(all([T(), T()]), any([F(), F()]), all([T(), F()]))
print(type(all([1])).__name__, all({}), any({0: "x"}), any({1: 0}))
print(any(map(str.isdigit, "ab3")), all(map(str.isalpha, "abc")))
words = ["alpha", "beta", "gamma"]
print(all(len(w) > 3 for w in words), any(w.startswith("g") for w in words))
nested = [[1, 2], [3], []]
print(all(nested), any(nested), all(all(x for x in n) for n in nested))
