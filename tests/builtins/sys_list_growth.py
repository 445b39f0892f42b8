import sys
l = []
sizes = [sys.getsizeof(l)]
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
changes = [(n, s) for n, s in enumerate(sizes) if n == 0 or s != sizes[n - 1]]
print(changes)
while l:
    l.pop()
print(sys.getsizeof(l))
for n in range(6):
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof([None] * n))
d = {}
dsizes = [sys.getsizeof(d)]
for i in range(30):
    d[i] = i
    dsizes.append(sys.getsizeof(d))
print([(n, s) for n, s in enumerate(dsizes) if n == 0 or s != dsizes[n - 1]])
s = set()
ssizes = [sys.getsizeof(s)]
for i in range(20):
    s.add(i)
    ssizes.append(sys.getsizeof(s))
print([(n, sz) for n, sz in enumerate(ssizes) if n == 0 or sz != ssizes[n - 1]])
strs = [sys.getsizeof("a" * n) for n in (0, 1, 10, 100)]
print(strs)
print(sys.getsizeof(10 ** 9) , sys.getsizeof(10 ** 10), sys.getsizeof(-(2 ** 30)), sys.getsizeof(2 ** 30 - 1))
