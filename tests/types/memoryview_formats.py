# memoryview item formats after cast: ranges, bool, float, '@', nan, subclasses
m = memoryview(bytearray(16))
q = m.cast("Q")
q[0] = 2**64 - 1
q[1] = 2**63
print(q.tolist())
for v in [2**64, -1, 1.5, "x"]:
    try:
        q[0] = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
h = m.cast("h")
h[0] = -32768
print(h[0], h.tolist()[:2])
try:
    h[0] = 32768
except ValueError as e:
    print(type(e).__name__, e)
b = m.cast("?")
b[2] = 5
print(b[2], b[0])
f = m.cast("f")
f[0] = 2.5
print(f[0], f.nbytes, len(f))
try:
    hash(memoryview(b"abcd").cast("H"))
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"))
e = memoryview(bytearray())
print(e[::-1].tobytes(), e[1:5].tolist(), len(e[::3]))
print(memoryview(b"abc").toreadonly().readonly, memoryview(bytearray(b"a")).toreadonly().readonly)
x = memoryview(bytearray(b"abcdef"))
x[1:4] = x[2:5]
print(x.obj)
x[::-1] = b"123456"
print(x.obj)
print(memoryview(b"abc").cast("@B").format)
try:
    memoryview(b"ab", b"c")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(obj=b"")
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"abc") == memoryview(b"abc").cast("c"))
d1 = memoryview(bytearray(8)).cast("d"); d1[0] = float("nan")
print(d1 == d1, d1.tolist())
class BA(bytearray): pass
z = BA(b"xy"); mz = memoryview(z); print(type(mz.obj).__name__, mz[0])
try:
    z.append(1)
except BufferError as e:
    print(type(e).__name__, e)
try:
    m.tobytes("X")
except ValueError as e:
    print(type(e).__name__, e)
print(memoryview(b"\x00\x01\x02\x03").cast("I").hex(), memoryview(b"abc")[::2].hex(":"))
