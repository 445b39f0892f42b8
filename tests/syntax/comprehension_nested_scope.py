x = 10
print([x for _ in range(2)])
print([[x + i for i in range(2)] for x in range(3)])
print(x)
print([y for y in range(3) for z in range(y)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
def f():
    y = 5
    return [y * k for k in range(3)], {k: y for k in "ab"}, {y + k for k in (1, 2)}, list(y - k for k in (1,))
print(f())
def g():
    result = [lambda: k for k in range(3)]
    return [h() for h in result]
print(g())
def h():
    return [[k for k in range(i)] for i in range(4)]
print(h())
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
print(transposed)
print({i: [j for j in range(i)] for i in range(3)})
print([c for word in ["ab", "cd"] for c in word])
def closure_over_comprehension():
    fns = [(lambda n=n: n * 2) for n in range(3)]
    return [fn() for fn in fns]
print(closure_over_comprehension())
print(sum(v for row in matrix for v in row if v % 2), max(len(w) for w in ["a", "abc"]))
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    total = sum(v for v in values)
print(C.doubled, C.total)
print([i for i in range(5)][-1], "i" in dir())
