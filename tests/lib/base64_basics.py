# base64: Base16/32/64/85 and Ascii85 round trips and errors.
import base64
import binascii


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00\x00\x00\x00',
           b'    ', b'\xfb\xff\xbf', bytes(range(250, 256))]

encoders = [base64.b64encode, base64.standard_b64encode, base64.urlsafe_b64encode,
            base64.b32encode, base64.b32hexencode, base64.b16encode,
            base64.b85encode, base64.a85encode, base64.encodebytes]
decoders = [base64.b64decode, base64.standard_b64decode, base64.urlsafe_b64decode,
            base64.b32decode, base64.b32hexdecode, base64.b16decode,
            base64.b85decode, base64.a85decode, base64.decodebytes]
for enc, dec in zip(encoders, decoders):
    print(enc.__name__)
    for s in samples:
        e = enc(s)
        print('  ', s, e, dec(e) == s)

# Base64 options
print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'-_'))
print(base64.b64decode(b'-_-_', altchars=b'-_'), base64.b64decode('-_-_', altchars='-_'))
print(base64.b64decode('Zm9v YmFy\n'), base64.b64decode(bytearray(b'Zm9v')))
print(base64.b64decode(memoryview(b'Zm9vYg==')))
show(base64.b64decode, b'Zm9v YmFy', validate=True)
show(base64.b64decode, b'Zm9vYg=', validate=True)
show(base64.b64decode, b'Zm9vYg==', validate=True)
show(base64.b64decode, b'Zm9vYg')
show(base64.b64decode, b'Zm9vY')
show(base64.b64decode, 'Zm9v\xe9')
show(base64.b64decode, 42)
show(base64.b64encode, 'text')
show(base64.b64encode, b'x', altchars=b'-')
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'))
show(base64.standard_b64decode, b'AB')

# Base32 options and errors
print(base64.b32decode(b'mzxw6===', casefold=True))
print(base64.b32decode(b'MZXW6YTB'), base64.b32decode(b'MZXW6YTB', map01=b'L'))
print(base64.b32decode(b'0O======', map01='L'), base64.b32decode(b'1A======', map01=b'I'))
print(base64.b32hexdecode(b'cpnmu===', casefold=True))
show(base64.b32decode, b'mzxw6===')
show(base64.b32decode, b'MZXW6')
show(base64.b32decode, b'MZXW6YT=')
show(base64.b32decode, b'MZ=W6YTB')
show(base64.b32decode, b'MZXW6YT1')
show(base64.b32decode, b'========')
show(base64.b32encode, 'text')

# Base16
print(base64.b16decode(b'666F6F'), base64.b16decode('666f6f', casefold=True))
show(base64.b16decode, b'666f6f')
show(base64.b16decode, b'666F6')
show(base64.b16decode, b'66 6F')
show(base64.b16encode, 'text')

# Base85 and Ascii85
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'abc', pad=True))
print(base64.a85encode(b'\0\0\0\0    x', foldspaces=True))
print(base64.a85encode(b'Glass is an interpreter', wrapcol=10))
print(base64.a85encode(b'Glass is an interpreter', adobe=True))
print(base64.a85encode(b'Glass is an interpreter', adobe=True, wrapcol=8))
print(base64.a85encode(b'abcdefgh', adobe=True, wrapcol=1))
print(base64.a85decode(b'<~9jqo^BlbD-~>', adobe=True), base64.a85decode(b'9jqo^~>', adobe=True))
print(base64.a85decode(b'z y', foldspaces=True), base64.a85decode('9j qo\n^'))
print(base64.a85decode(b'9j.qo', ignorechars=b'.'))
show(base64.a85decode, b'9jqo^', adobe=True)
show(base64.a85decode, b'9jzqo')
show(base64.a85decode, b'9jyqo', foldspaces=True)
show(base64.a85decode, b's8W-"')
show(base64.a85decode, b'9j{qo')
show(base64.b85decode, b'|NsC0')
show(base64.b85decode, b'VPa"0')
show(base64.b85decode, b'VPa\n0')
show(base64.b85encode, 'text')
show(base64.a85encode, 7)

# encodebytes / decodebytes
long = bytes(range(100))
print(base64.encodebytes(long))
print(base64.decodebytes(base64.encodebytes(long)) == long)
print(base64.encodebytes(b''), base64.decodebytes(bytearray(b'Zm9v\n')))
show(base64.encodebytes, 'text')
show(base64.decodebytes, 'Zm9v')
print(base64.MAXLINESIZE, base64.MAXBINSIZE)

# encode / decode between binary files
import io
out = io.BytesIO()
base64.encode(io.BytesIO(long), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == long)
print(issubclass(binascii.Error, ValueError))
