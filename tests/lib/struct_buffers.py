# pack_into / unpack_from with offsets, iter_unpack, and the Struct type.
import struct

buf = bytearray(12)
struct.pack_into('<hi', buf, 2, -1, 0x01020304)
print(buf)
struct.pack_into('<h', buf, -2, 7)
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf, offset=-2))
print(struct.unpack_from('<h', b'\x01\x00\x02\x00'), struct.unpack_from('<h', buffer=b'\x05\x00'))
for off in [2, -10, -2, 6, 10]:
    try:
        print(struct.unpack_from('i', b'12345', off))
    except struct.error as e:
        print(type(e).__name__, e)
b = bytearray(5)
for off in [2, -10, -2, 6]:
    try:
        struct.pack_into('i', b, off, 1)
    except struct.error as e:
        print(type(e).__name__, e)
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
for call in [lambda: struct.iter_unpack('i', b'12345'), lambda: struct.iter_unpack('', b'1')]:
    try:
        call()
    except struct.error as e:
        print(type(e).__name__, e)
s = struct.Struct('<2sHd')
print(s.format, s.size, s.pack(b'ok', 513, 1.25), s.unpack(s.pack(b'ok', 513, 1.25)))
print(struct.Struct(b'>I').format, struct.Struct(format='b').size)
buf2 = bytearray(s.size + 2)
s.pack_into(buf2, 1, b'xy', 1, 2.0)
print(buf2, s.unpack_from(buf2, 1), list(s.iter_unpack(bytes(s.size * 2))))
class MyStruct(struct.Struct):
    pass
print(MyStruct('<i').pack(5), type(s).__name__)
struct._clearcache()
print(struct.pack('>i', -2), struct.calcsize('<5s2xq'))
