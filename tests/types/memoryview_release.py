# release, context manager, and bytearray exports
ba = bytearray(b"abcdef")
m = memoryview(ba)
for op in [lambda: ba.append(1), lambda: ba.extend(b"xy"), lambda: ba.pop(),
           lambda: ba.clear(), lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0, 2), b"x"),
           lambda: ba.__iadd__(b"z"), lambda: ba.insert(0, 1), lambda: ba.remove(97)]:
    try:
        op()
    except BufferError as e:
        print(type(e).__name__, e)
ba[0:2] = b"AB"
ba += b""
print(ba, m.tobytes())
m2 = m[1:3]
m.release()
m.release()
print(repr(m).startswith("<released memory at 0x"))
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m2.release()
ba.append(ord("g"))
print(ba)
for name in ["tobytes", "tolist", "hex", "__len__"]:
    try:
        getattr(m, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)
for attr in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "contiguous"]:
    try:
        getattr(m, attr)
    except ValueError as e:
        print(attr, type(e).__name__, e)
for op in [lambda: m[0], lambda: m.__setitem__(0, 1), lambda: hash(m),
           lambda: bytes(m), lambda: memoryview(m), lambda: m.cast("B")]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(m == m, m != m, m == b"abc")
with memoryview(ba) as v:
    print(v.tobytes(), v.readonly)
    try:
        ba.append(1)
    except BufferError as e:
        print(type(e).__name__, e)
ba.append(ord("h"))
print(ba)
try:
    v[0]
except ValueError as e:
    print(type(e).__name__, e)
def f():
    mv = memoryview(ba)
    return mv[0]
print(f())
ba.extend(b"ij")
print(ba)
