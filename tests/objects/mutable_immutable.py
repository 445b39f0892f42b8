l = [1, 2]
before = id(l)
l += [3]
print("list += keeps identity:", id(l) == before)
l = l + [4]
print("list = list + ... makes a new list:", id(l) == before)
t = (1, 2)
before = id(t)
t += (3,)
print("tuple += makes a new tuple:", id(t) == before, t)
s = "ab"
before = id(s)
s += "c" * 3
print("str += rebinds:", s)
d = {"a": 1}
before = id(d)
d |= {"b": 2}
print("dict |= keeps identity:", id(d) == before, d)
st = {1}
before = id(st)
st |= {2}
print("set |= keeps identity:", id(st) == before, st)
fs = frozenset({1})
before = id(fs)
fs |= {2}
print("frozenset |= makes a new one:", id(fs) == before, fs)
ba = bytearray(b"x")
before = id(ba)
ba += b"y"
print("bytearray += keeps identity:", id(ba) == before, ba)
b = b"x"
b += b"y"
print("bytes += rebinds:", b)
n = 10
m = n
n += 1
print(n, m)
for immutable in (1, 1.5, "s", (1,), frozenset(), b"b", None, True):
    try:
        immutable.attr = 1
    except AttributeError as e:
        print(type(immutable).__name__, "attribute:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
nested = ([1], [2])
nested[0].append(10)
print("tuple contents can change:", nested)
