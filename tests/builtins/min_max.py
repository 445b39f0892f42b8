print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((9,)), max(range(10)))
print(min("b", "a", "c"), max([1, 2], [1, 3]), min({3: 1, 1: 2}))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max(-3, 2, -5, key=abs))
print(max([], default="empty"), min([], default=None), max([1], default=0), min((), key=len, default=-1))
print(max([1, 2, 2.0]), max([2.0, 1, 2]), min([1, True]), max("ab", "b", key=len))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]))
for call in (lambda: max([]), lambda: min(()), lambda: max(), lambda: min(5),
             lambda: max(1, 2, default=0), lambda: max(1, "a"), lambda: min([1, 2], key=1)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(iter([3, 7, 1])), min(x * x for x in range(-3, 3)))
data = {"a": 3, "b": 7, "c": 5}
print(max(data, key=data.get), min(data.items(), key=lambda kv: kv[1]))
nan = float("nan")
print(max([1, nan, 3]), max([nan, 1, 3]))
print(max([3, 3.0]), max([3.0, 3]), type(max(1, 1.0)).__name__)
print(min(1, 2, key=lambda x: -x), max("abc", key=ord))
