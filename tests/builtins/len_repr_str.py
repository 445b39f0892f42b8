for obj in ("", "abc", "日本", [], [1, 2], (), {1: 2}, set(), {1, 2, 3}, range(10), b"xy", bytearray(3), frozenset([1])):
    print(type(obj).__name__, len(obj))
for bad in (5, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
for v in (1, -1.5, "s", "it's", 'say "x"', None, True, [1, "a"], (1,), {"a": [1]}, {1}, b"b", 1j, ..., NotImplemented, range(3)):
    print(repr(v), str(v))
print(repr(print), repr(len) == "<built-in function len>", str(int), repr(type), repr(object))
print(str(), str(""), str(b"x", "ascii"), str(5).__class__.__name__)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr([[], [[]], {}]), repr(("a",)), repr(set()), repr(frozenset()), repr({}))
