class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("  get", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} outside grid")
            return self.cells.get(key, ".")
        raise TypeError("grid indices must be (x, y) tuples")
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("  del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return self.w * self.h

g = Grid(3, 2)
g[0, 1] = "X"
print(g[0, 1], g[2, 1], "X" in g, "O" in g, len(g))
del g[0, 1]
print("X" in g)
for bad in ((5, 5), "a"):
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, s[1:3] if False else "slice passes slice object:")
class Sl:
    def __getitem__(self, k):
        return k
print(Sl()[1:2], Sl()[::2], Sl()[1, 2:3])
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[1]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
