# struct.error messages: ranges, types, bad formats, buffer sizes.
import struct

cases = [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1),
         ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('<i', 2**31), ('<I', -1),
         ('<I', 2**32), ('<l', 2**31), ('<L', 2**32), ('<q', 2**63), ('<Q', 2**64),
         ('n', 2**63), ('N', -1), ('b', 1.5), ('n', 1.0), ('f', 'x'), ('d', None),
         ('<e', 1e6), ('<e', 65520.0), ('<f', 1e300), ('c', b'ab'), ('c', 'a'),
         ('s', 'x'), ('p', 1), ('i', '1')]
for fmt, v in cases:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for fmt in ['z', '3', '<n', '<N', '<P', '2 i', 'i2', 'iZ']:
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), type(e).__name__, e)
for call in [lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2),
             lambda: struct.unpack('i', b'1'), lambda: struct.unpack('i', b'12345'),
             lambda: struct.unpack('i', '1234'), lambda: struct.Struct(3),
             lambda: struct.pack('2s', 'ab')]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
