# memoryview slicing shares memory; item and slice assignment
ba = bytearray(b"0123456789")
m = memoryview(ba)
s = m[2:8]
print(len(s), s.tobytes(), s.obj is ba, s.readonly)
t = m[::2]
print(t.tobytes(), t.strides, t.contiguous, t.c_contiguous, t.tolist())
r = m[::-1]
print(r.tobytes(), r.strides, r[0], r[-1])
u = m[8:2:-3]
print(u.tobytes(), len(u), u.shape)
ba[3] = ord("X")
print(s.tobytes(), t.tobytes(), r.tobytes())
s[0] = 65
print(ba, m[2])
t[1:3] = b"yz"
print(ba)
m[0:2] = bytearray(b"ab")
print(ba)
r[0] = 0x7a
print(ba)
m[-1] = 255
print(ba[-1], m[len(m) - 1])
s2 = s[1:4]
print(s2.tobytes(), s2[::2].tobytes(), s2[10:20].tobytes(), m[5:5].tobytes())
s2[:] = memoryview(b"PQR")
print(ba)
for val in [256, -1]:
    try:
        m[0] = val
    except ValueError as e:
        print(type(e).__name__, e)
for val in ["a", b"a", 1.0]:
    try:
        m[0] = val
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m[0:3] = b"ab"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[::2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
ro = memoryview(b"abc")
for op in [lambda: ro.__setitem__(0, 1), lambda: ro.__setitem__(slice(0, 1), b"x")]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m[0:2] = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print(ro[0:0].tobytes(), ro[1:].tolist(), ro[:-1].hex())
