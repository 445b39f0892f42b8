d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
        d[k + 100] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    d[k] = d[k].upper()
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for v in d.values():
        d.clear()
        d[5] = 5
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
snapshot = list(d.items())
d.clear()
print(snapshot, d)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.remove(x)
print(l)
