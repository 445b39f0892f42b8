# memoryview.cast on 1-D C-contiguous data
m = memoryview(b"\x01\xff\x80A")
c = m.cast("c")
print(c.format, c.itemsize, c[0], c[3], c.tolist(), c.tobytes())
s = m.cast("b")
print(s.format, s.tolist(), s[1], s[-2], s.obj is m.obj)
u = s.cast("B")
print(u.format, u.tolist(), u == m, s == m, c == m, c == b"\x01\xff\x80A")
ba = bytearray(b"abc")
cc = memoryview(ba).cast("c")
cc[0] = b"z"
print(ba, cc[1:].tolist())
try:
    cc[0] = b"xy"
except ValueError as e:
    print(type(e).__name__, e)
try:
    cc[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
sb = memoryview(ba).cast("b")
sb[0] = -1
print(ba, sb[0])
try:
    sb[0] = 200
except ValueError as e:
    print(type(e).__name__, e)
for fmt in ["x", "", "BB", 5]:
    try:
        m.cast(fmt)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m[::2].cast("B")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.cast("c")
except TypeError as e:
    print(type(e).__name__, e)
data = bytes(range(16))
h = memoryview(data).cast("H")
print(h.format, h.itemsize, len(h), h.nbytes, h.shape, h.strides, h[0], h[-1])
print(memoryview(data).cast("I").tolist(), memoryview(data).cast("q").tolist())
print(memoryview(data).cast("i")[1], memoryview(data).cast("Q")[1])
d = memoryview(bytearray(8)).cast("d")
d[0] = 1.5
print(d.tolist(), d.obj, d.tobytes().hex())
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print(type(e).__name__, e)
print(h[1:3].tolist(), h[::2].tolist(), h.cast("B").nbytes, h == memoryview(data).cast("H"))
try:
    h.cast("I")
except TypeError as e:
    print(type(e).__name__, e)
iv = memoryview(bytearray(8)).cast("i")
iv[1] = -2
print(iv.tolist(), iv.tobytes())
