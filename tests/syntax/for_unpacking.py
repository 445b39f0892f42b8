pairs = [(1, "a"), (2, "b")]
for n, c in pairs:
    print(n, c)
for (n, c) in pairs:
    print(c * n)
for [n, c] in pairs:
    print(n + 1)
nested = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in nested:
    print(a + b + c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for *init, last in [[1, 2, 3]]:
    print(init, last)
d = {"x": 1, "y": 2}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
for x in range(3):
    pass
print("x after loop", x)
data = {}
for data["key"] in [1, 2, 3]:
    pass
print(data)
for _ in range(2):
    print("underscore loop")
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for v in row:
        print(v, end=" ")
print()
for a, b in zip("ab", range(2)):
    print(a, b)
