print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc"])
print([x for x in []])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x != 4])
x = "outer"
print([x for x in "ab"], x)
print([i for i in range(3)], "i" in globals())
n = 3
print([n * k for k in range(n)])
print([(lambda v=v: v)() for v in range(3)])
print([f() for f in [lambda: k for k in range(3)]])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([*[1, 2], *[x for x in "z"]])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * k for v in vals for k in vals if vals]
        print("nested ok", bad[:3])
    except NameError as e:
        print(type(e).__name__, e)
print(C.doubled)
print([y for y in range(10) if y > 3][:3])
