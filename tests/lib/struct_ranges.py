# Integer range errors: the message depends on the code and the byte order's table.
import struct

values = [2 ** 40, -2 ** 40, 2 ** 70, -2 ** 70, 2 ** 31, 2 ** 32, -1, 2 ** 63, 2 ** 64, 300, 70000]
formats = ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P',
           '<b', '<B', '<h', '<H', '<i', '<I', '<l', '<L', '<q', '<Q',
           '>b', '>B', '>h', '>H', '>i', '>I', '>l', '>L', '>q', '>Q', '=h', '!H']
for fmt in formats:
    results = []
    for v in values:
        try:
            struct.pack(fmt, v)
            results.append('ok')
        except struct.error as e:
            results.append(str(e))
    # print each distinct message once, with the indexes of the values that gave it
    seen = {}
    for k, r in enumerate(results):
        seen.setdefault(r, []).append(k)
    print(fmt, '; '.join('%s %s' % (r, ks) for r, ks in seen.items()))
print(struct.pack('>q', -2 ** 63).hex(), struct.pack('<Q', 2 ** 64 - 1).hex(), struct.pack('P', -1).hex())
print(struct.unpack('<b', b'\x80'), struct.unpack('<B', b'\x80'), struct.unpack('>h', b'\x80\x00'))
print(struct.unpack('>i', b'\xff\xff\xff\xfe'), struct.unpack('<I', b'\xff\xff\xff\xff'))
print(struct.unpack('<q', b'\x00' * 7 + b'\x80'), struct.unpack('>Q', b'\x80' + b'\x00' * 7))
print(struct.pack('<h', False), struct.pack('>H', True), struct.pack('b', -0))
