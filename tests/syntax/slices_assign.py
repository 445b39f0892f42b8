l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [100]
print(l)
l[::2] = "X" * len(l[::2])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
l = list(range(6))
l[1:5] = []
print(l)
l[:] = range(3)
print(l)
l[1:2] = "xyz"
print(l)
l[::-1] = l[:]
print(l)
l = [1, 2, 3]
l[1:1] = [9, 9]
print(l)
del l[::2]
print(l)
l = list(range(10))
del l[1:-1:3]
print(l)
l[5:2] = ["inserted"]
print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = bytearray(b"hello")
b[1:3] = b"EE"
print(b)
a = [1, 2, 3]
alias = a
a[:] = [7]
print(alias, alias is a)
l = [0] * 4
l[-2:] = [8, 9]
print(l)
