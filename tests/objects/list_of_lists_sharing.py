row = [0] * 3
board = [row] * 3
board[1][1] = "X"
print(board, board[0] is board[2])
board = [[0] * 3 for _ in range(3)]
board[1][1] = "X"
print(board, board[0] is board[2])
a = [[]] * 2
a[0].append("shared")
a[1] = ["replaced"]
print(a)
nested = [[1, 2], [3, 4]]
flat_copy = nested.copy()
deep_copy = [r.copy() for r in nested]
nested[0][0] = "changed"
print(flat_copy, deep_copy)
x = [1, 2]
y = [x, x]
x.append(3)
print(y, y[0] is y[1])
y[0] = y[0][:]
y[0].append("only first")
print(y)
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
d = {k: [] for k in ["a", "b"]}
d["a"].append(1)
print(d)
t = ([],) * 3
t[0].append("t")
print(t)
s = "abc"
strings = [s] * 3
strings[0] += "!"
print(strings)
m = [[0] * 2] * 2
print([id(r) == id(m[0]) for r in m])
