print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2), [1] == [1.0], [1] == [True])
print({1: "a"} == {1.0: "a"}, {1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {} == set())
print("abc" == "abc", "abc" == b"abc", b"abc" == bytearray(b"abc"), range(3) == range(0, 3))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], (x for x in []) == (x for x in []))
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], (nan,) == (nan,), {1: nan} == {1: nan}, nan in {nan})
print([[1, [2]]] == [[1, [2]]], [1, [2]] == [1, [3]])
class AlwaysEqual:
    def __eq__(self, other):
        return True
ae = AlwaysEqual()
print([ae] == [1], (1, ae) == (1, "x"), ae in [5], [5].count(ae), [5].index(ae))
print([1, 2] != [1, 2], [1, 2] != [2, 1], [] != [], None != None)
print(sorted([[2, 1], [1, 2], [1]]), [1, 2] < [1, 2, 0], (1, 2, 3) > (1, 2))
a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
print(a == a, a[1] is a)
d = {}
d["self"] = d
print(d == d)
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, "1" == 1)
print([None] * 3 == [None, None, None], [[]] * 2 == [[], []])
