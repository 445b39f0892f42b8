# pack / unpack / calcsize for every format code, byte orders, counts, alignment.
import struct

print(struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 7, -5, 2**64 - 1))
print(struct.pack('>bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 7, -5, 2**64 - 1))
print(struct.unpack('<hHiI', b'\xff\xff\xff\xff\x01\x00\x00\x80\xfe\xff\xff\xff'))
print(struct.pack('!I', 1), struct.pack('=H', 258), struct.pack('@i', 1))
print(struct.pack('<?c3s', True, b'x', b'ab'), struct.pack('<5p', b'hello world'))
print(struct.unpack('<?c3s', b'\x05xab\x00'), struct.unpack('5p', b'\x03abcd'))
print(struct.pack('<fd', 1.5, -2.25), struct.unpack('<fd', struct.pack('<fd', 0.1, 0.1)))
print(struct.pack('>e', 1.0), struct.pack('<e', -0.5), struct.pack('<e', 65504.0))
print(struct.unpack('<3e', struct.pack('<3e', 0.1, 1e-7, 3.14159)))
print(struct.unpack('<2e', b'\x00\x7c\x00\xfc'), struct.pack('<e', 2049.0), struct.pack('<e', 2051.0))
for fmt in ['i', 'ci', 'ic', 'bhiq', '@qb', '=qb', '<bhiq', '3s2x', 'x', '0s', '10p', 'nNP',
            'e', 'f', 'd', '?', '4i', 'i i', '', '<', '2c3h']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('4b', 1, 2, 3, 4), struct.unpack('2h', b'\x01\x00\x02\x00'))
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('<0s', b'abc'), struct.pack('2x'))
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('>q', b'\x80' + b'\x00' * 7))
print(struct.pack('<q', -2**63), struct.pack('<?', []), struct.pack('<?', 'x'))
class Idx:
    def __index__(self):
        return 7
print(struct.pack('<i', Idx()), struct.pack('<d', 3), struct.pack('<H', True))
print(struct.unpack(b'<i', bytearray(b'\x01\x00\x00\x00')), struct.pack(b'>h', 1))
nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan, struct.unpack('<f', struct.pack('<f', float('inf'))))
