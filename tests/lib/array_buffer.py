# array.array as a buffer exporter, and the buffer protocol of bytes/bytearray/memoryview
import struct, io
from array import array

def show(f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(r)

a = array('h', [1, 2, -3])
print(bytes(a), bytearray(a))
print(b'xy' + a, bytearray(b'z') + a, b'-'.join([a, array('b', [65, 66])]))
print(array('b', [66]) in b'ABC', b'\x01\x00' in bytes(a))
ba = bytearray(b'#'); ba.extend(a); print(ba)
ba += array('B', [9]); print(ba)
print(struct.unpack_from('<3h', a), struct.unpack('<hhh', a), list(struct.iter_unpack('<h', a)))
buf = array('b', [0] * 4); struct.pack_into('<hh', buf, 0, 258, -1); print(buf)
print(bytearray(b'\x01\x00') == array('h', [1]), bytearray(b'\x01') < array('B', [2]))
print(b'\x01\x00' == array('h', [1]))
print(int(memoryview(b"123")), float(memoryview(b"1.5")), int(memoryview(b" 7 ")[1:2]))
print(int(bytearray(b"42")), float(bytearray(b"2.5")))
show(lambda: int(memoryview(b"12")[::-1]))
print(str(array('B', b'hi'), 'ascii'), str(memoryview(b'abc'), 'utf-8'))
print(io.BytesIO(array('B', b'data')).read())
bio = io.BytesIO(); bio.write(array('h', [0x4142])); bio.write(memoryview(b'!')); print(bio.getvalue())
print(b'abc'.startswith(memoryview(b'ab')), b'abcd'.find(array('B', b'cd')), b'a,b'.split(array('B', b',')))

m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.tolist(), m[0], m[-1])
print(m[1:].tolist(), m[::-1].tolist(), m.obj is a, m.shape, m.strides)
m[0] = 100; print(a)
m[1:3] = array('h', [7, 8]); print(a)
show(lambda: a.append(5))
show(lambda: a.extend([5]))
show(lambda: a.pop())
a[0] = 1; print(a)   # item assignment is no resize
m2 = m.cast('B'); print(m2.format, m2.tolist())
show(lambda: a.frombytes(b'\x00\x00'))
m.release(); show(lambda: a.append(6))
m2.release(); a.append(6); print(a)
with memoryview(a) as mv:
    show(lambda: a.insert(0, 1))
a.insert(0, 1); print(a)
for tc in 'bBhHiIlLqQfd':
    x = array(tc, [1, 2])
    mv = memoryview(x)
    print(tc, mv.format, mv.itemsize, mv.tolist(), mv[1], bytes(mv) == x.tobytes())
    mv.release()
d = array('d', [0.5, 1.5]); md = memoryview(d); md[1] = 2.25; print(d, md.cast('B').cast('d').tolist())
md.release()
u = array('u', 'hi'); mu = memoryview(u); print(mu.format, mu.itemsize, mu.nbytes)
show(lambda: mu.tolist())
mu.release()
print(memoryview(array('i', [1, 2])) == array('i', [1, 2]), memoryview(array('i', [1, 2])) == [1, 2])
print(memoryview(array('h', [1, 2])) == memoryview(array('i', [1, 2])))
r = memoryview(b'ab'); show(lambda: r.__setitem__(0, 1))
ca = array('i', [3]); show(lambda: ca.__iadd__(ca)); print(ca)
