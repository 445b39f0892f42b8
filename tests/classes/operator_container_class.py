class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __neg__(self):
        return self * -1
    def __bool__(self):
        return any(any(r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m + i, m * 2, 3 * i, m @ i == m, m @ m, -m)
m[0, 1] = 20
print(m[0, 1], len(m), 20 in m, 99 in m, list(m), bool(Matrix([[0]])), bool(m))
print(m == Matrix([[1, 20], [3, 4]]), m != i)
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(sum(m, [])), max(max(r) for r in m))
