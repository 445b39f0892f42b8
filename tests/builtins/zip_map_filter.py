print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(str, [])), list(map(min, [1, 5], [4, 2], [3, 3])), list(map(len, ["a", [1, 2]], )))
print(list(map(lambda x, y: (x, y), [1, 2, 3], "ab")))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isupper, "aBcD")))
f = filter(None, [])
print(type(f).__name__, list(f))
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
m = map(lambda x: calls.append(x) or x, [1, 2, 3])
print(list(calls), next(m), list(calls), list(m), list(calls))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z))
