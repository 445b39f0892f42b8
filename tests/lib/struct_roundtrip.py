# Round trips through pack/unpack for every code, byte order and edge value.
import struct

values = {
    'b': [-128, -1, 0, 127], 'B': [0, 1, 255], 'h': [-32768, 0, 32767], 'H': [0, 65535],
    'i': [-2 ** 31, 0, 2 ** 31 - 1], 'I': [0, 2 ** 32 - 1], 'l': [-5, 5], 'L': [0, 7],
    'q': [-2 ** 63, 2 ** 63 - 1], 'Q': [0, 2 ** 64 - 1], '?': [True, False],
    'e': [0.0, -0.0, 1.5, 65504.0, 2.0 ** -24], 'f': [0.0, 1.25, -2.0 ** 100], 'd': [1e308, -2.5e-308],
}
for order in '@=<>!':
    out = []
    for code, vals in values.items():
        for v in vals:
            packed = struct.pack(order + code, v)
            back = struct.unpack(order + code, packed)[0]
            out.append(back == v)
    print(order, all(out), len(out))
print(struct.pack('>Q', 2 ** 64 - 1).hex(), struct.pack('<q', -2).hex(), struct.pack('>e', 6e-08).hex())
print(struct.pack('f', 1e300), struct.pack('@f', -1e300))
for code in 'nNP':
    print(code, struct.unpack(code, struct.pack(code, 12345)), struct.calcsize(code))
rec = struct.Struct('<4sHHi?3x')
data = b''.join(rec.pack(b'ab%d' % i, i, i * 2, -i, i % 2 == 0) for i in range(4))
print(len(data), rec.size, list(rec.iter_unpack(data)))
print(struct.unpack('<3s', struct.pack('<3s', b'abcdef')), struct.unpack('4p', struct.pack('4p', b'xy')))
print(struct.pack('255p', b'a' * 300)[:2], struct.unpack('256p', struct.pack('256p', b'z' * 300))[0][-3:])
print(struct.pack('<3c', b'x', b'y', b'z'), struct.unpack('<3c', b'abc'), struct.pack('5x'))
print(struct.unpack('>hhl', struct.pack('>hhl', 1, 2, 3)), struct.pack('>i', -2 ** 31).hex())
print(struct.unpack('<e', b'\x01\x00')[0] == 2.0 ** -24, struct.unpack('<e', b'\xff\x03'), struct.unpack('<e', b'\x01\x7c')[0] != 0)
