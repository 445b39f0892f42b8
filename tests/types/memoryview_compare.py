# equality, hashing, iteration, conversions
import gc
import weakref
b = b"abc"
m = memoryview(b)
print(m == b"abc", m == bytearray(b"abc"), m == memoryview(b"abc"), m != b"abd")
print(m == b"ab", m == "abc", m == [97, 98, 99], m == m, m != m)
print(b"abc" == m, bytearray(b"abc") == m, memoryview(b"xabcx")[1:4] == m)
print(memoryview(b"aXbXc")[::2] == m, m[::-1] == b"cba")
try:
    m < m
except TypeError as e:
    print(type(e).__name__, e)
print(hash(m) == hash(b), hash(m[::2]) == hash(b"ac"), hash(memoryview(b"")) == hash(b""))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
print(list(m), [x for x in memoryview(bytearray(b"\x00\xff"))], list(m[::-1]))
it = iter(m)
print(type(it).__name__, next(it), list(it))
print(bytes(m), bytearray(m), bytes(m[::2]), bytearray(m[::-1]))
print(b"-".join([m, b"d", memoryview(bytearray(b"e"))]), bytearray(b"+").join([m[1:]]))
print(97 in m, 100 in m, b"x" + bytes(m))
r = weakref.ref(m)
print(r() is m)
del m
print(r())
gc.collect()
class Holder(bytearray):
    pass
h = Holder(b"zz")
h.mv = memoryview(h)
wr = weakref.ref(h)
del h
print(gc.collect() > 0, wr())
print(gc.is_tracked(memoryview(b"q")))
print(len(memoryview(b"12345")[1:-1]), list(reversed(memoryview(b"xyz"))))
print(bytearray(b"abc") + memoryview(b"de"), b"ab" + memoryview(b"cd"))
print(bytearray(b"hello").find(memoryview(b"ll")), b"hello".startswith(memoryview(b"he")))
