# binascii: hex, base64 and CRC conversions, including CPython's error messages.
import binascii


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(0, 256, 17))

# hexlify / b2a_hex
print(binascii.hexlify(b'\x00\x01\xfe\xff'))
print(binascii.b2a_hex(bytearray(b'Glass')))
print(binascii.hexlify(memoryview(b'mv')))
print(binascii.hexlify(b''))
for sep, n in [(':', 1), (b'-', 2), (' ', -2), ('.', 3), ('.', -3), ('_', 0), ('_', 99)]:
    print(sep, n, binascii.hexlify(data[:7], sep, n))
print(binascii.hexlify(b'ab', sep='|', bytes_per_sep=1))
show(binascii.hexlify, b'ab', 'xy')
show(binascii.hexlify, b'ab', b'')
show(binascii.hexlify, b'ab', '\u0100')
show(binascii.hexlify, b'ab', bytearray(b':'))
show(binascii.hexlify, 'text')
show(binascii.hexlify, 42)

# unhexlify / a2b_hex
print(binascii.unhexlify(b'00017f80FFfe'))
print(binascii.a2b_hex('476c617373'))
print(binascii.unhexlify(bytearray(b'4142')), binascii.unhexlify(memoryview(b'43')))
show(binascii.unhexlify, b'abc')
show(binascii.unhexlify, 'zz')
show(binascii.unhexlify, 'ab cd')
show(binascii.unhexlify, '\xe9\xe9')
show(binascii.unhexlify, 12)
print(binascii.unhexlify(binascii.hexlify(data)) == data)

# b2a_base64
for n in range(7):
    print(n, binascii.b2a_base64(data[:n]), binascii.b2a_base64(data[:n], newline=False))
print(binascii.b2a_base64(bytearray(b'bytearray')), binascii.b2a_base64(memoryview(b'mv')))
show(binascii.b2a_base64, 'str')
show(binascii.b2a_base64, None)

# a2b_base64, lenient (default) and strict
for s in [b'R2xhc3M=', 'R2xhc3M=', b'R2xh\nc3M=\n', b'R2 xh*c3M=', b'YQ==', b'YQ=', b'YQ',
          b'YWI=', b'YWJj', b'YQ==YWJj', b'YQ=x=', b'Y', b'YWJjZ', b'=YQ==', b'', b'===',
          b'YW=Jj', b'YQ===', bytearray(b'YWJj'), memoryview(b'YWJj')]:
    print(type(s).__name__, s if isinstance(s, str) else bytes(s))
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)
show(binascii.a2b_base64, b'YWJjZA*=')
show(binascii.a2b_base64, 'caf\xe9')
show(binascii.a2b_base64, 3.5)
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)

# crc32 and crc_hqx
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(data))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'abc', -1), binascii.crc32(bytearray(b'abc'), 2**32 + 5))
print(binascii.crc_hqx(b'123456789', 0), binascii.crc_hqx(b'123456789', 0xffff))
show(binascii.crc32, 'abc')

# exceptions
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(issubclass(binascii.Incomplete, ValueError))
try:
    binascii.unhexlify('1')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
