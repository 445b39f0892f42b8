# memoryview construction, attributes, indexing, tolist/tobytes/hex
b = b"hello world"
m = memoryview(b)
print(type(m).__name__, len(m), m[0], m[-1], m[4])
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets)
print(m.contiguous, m.c_contiguous, m.f_contiguous)
print(m.tobytes(), m.tolist()[:3])
print(m.hex(), m.hex(':'), m.hex('-', 2), m.hex(' ', -3))
print(repr(m).startswith("<memory at 0x"), repr(m) == str(m))
for bad in ["str", 5, None, [1, 2], 3.5]:
    try:
        memoryview(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for i in [11, -12, 100]:
    try:
        m[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[1.5]
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abc")
mb = memoryview(ba)
print(mb.readonly, mb.obj is ba, mb[1], list(mb))
e = memoryview(b"")
print(len(e), e.tobytes(), e.tolist(), e.hex(), e.shape, e.strides)
mm = memoryview(m)
print(mm.obj is b, mm.tobytes() == b, mm is m)
print(memoryview(object=b).nbytes)
try:
    memoryview()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.hex('ab')
except ValueError as e:
    print(type(e).__name__, e)
print(memoryview(bytearray(b"xyz")).tolist(), m.tobytes(order='C'))
try:
    del m[0]
except TypeError as e:
    print(type(e).__name__, e)
