a = b = []
a.append(1)
print(a, b, a is b)
c = a
c += [2]
print(a, b, c, a is c)
a = [9]
print(a, b, c, a is b)
def mutate(lst):
    lst.append("changed inside")
def rebind(lst):
    lst = ["rebound inside"]
    return lst
data = [0]
mutate(data)
r = rebind(data)
print(data, r)
x = "text"
y = x
x += " more"
print(x, "|", y, x is y)
box = {"items": []}
alias = box["items"]
alias.append("via alias")
print(box)
box["items"] = []
print(box, alias)
matrix = [[0] * 2] * 2
matrix[0][0] = 5
print(matrix, matrix[0] is matrix[1])
row = [0, 0]
grid = [row, row]
row[1] = 7
print(grid)
first, second = [1], [1]
print(first == second, first is second)
d1 = {"k": [1]}
d2 = dict(d1)
d2["k"].append(2)
d2["other"] = 0
print(d1, d2)
t = (1, [2])
t[1].append(3)
print(t)
s = "immutable"
up = s.upper()
print(s, up)
