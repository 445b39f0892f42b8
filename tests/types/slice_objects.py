s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), s.indices(100), slice(None).indices(7), slice(None, None, -1).indices(7))
print(slice(-3, None).indices(10), slice(-100, 100).indices(10), slice(10, -10, -3).indices(8))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
data = list(range(10))
print(data[s], "abcdefghij"[s], data[slice(None, None, -3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[1:2, 3], p[...], p[:, 1], p[1], p["a":"b":"c"])
print(type(p[:]).__name__, p[:].start)
r = range(20)[slice(2, 15, 4)]
print(r, list(r))
print(slice(2, 8).indices(4), repr(slice(1.5, "x", None)))
st = slice(0, 6, 2)
l = [0] * 6
l[st] = [1, 2, 3]
print(l)
del l[st]
print(l)
