# List and dict growth as seen by sys.getsizeof
import sys
l = []
sizes = []
for i in range(70):
    s = sys.getsizeof(l)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(l), s))
    l.append(i)
print(sizes)
while l:
    l.pop()
print("popped to empty", sys.getsizeof(l))
print([sys.getsizeof(list(range(n))) for n in range(6)])
print([sys.getsizeof([None] * n) for n in range(4)])
d = {}
prev = sys.getsizeof(d)
steps = []
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        steps.append((len(d), s))
        prev = s
print(steps)
st = set()
prev = sys.getsizeof(st)
ssteps = []
for i in range(40):
    st.add(i)
    s = sys.getsizeof(st)
    if s != prev:
        ssteps.append((len(st), s))
        prev = s
print(ssteps)
print(sys.getsizeof("a" * 100) - sys.getsizeof(""), sys.getsizeof(tuple(range(10))))
b = bytearray()
bs = []
for i in range(20):
    b.append(i)
    bs.append(sys.getsizeof(b))
print(sorted(set(bs)))
print(sys.getsizeof(10 ** 18), sys.getsizeof(10 ** 19), sys.getsizeof(-(2 ** 62)))
