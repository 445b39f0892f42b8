import secrets, uuid

print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), type(secrets.token_bytes(4)).__name__)
print(len(secrets.token_hex(16)), all(c in '0123456789abcdef' for c in secrets.token_hex(20)))
u = secrets.token_urlsafe(16)
print(len(u), '=' not in u, type(u).__name__)
print(secrets.choice('aaa'), 0 <= secrets.randbelow(10) < 10, secrets.randbits(0), secrets.randbits(8) < 256)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(secrets.SystemRandom().random(), float))

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(ns, repr(ns))
a = uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
b = uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
c = uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com/')
print(a, a.version, a.variant)
print(b, b.version, b.urn)
print(c, uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'))
print(b.hex, b.int, b.bytes, b.bytes_le)
print(b.fields, b.time_low, b.time_mid, b.node, b.clock_seq, b.time)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), type(r).__name__)
x = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(x, x.version, x.variant, repr(x))
print(uuid.UUID(bytes=x.bytes) == x, uuid.UUID(bytes_le=x.bytes_le) == x,
      uuid.UUID(fields=x.fields) == x, uuid.UUID(int=x.int) == x, uuid.UUID(x.urn) == x)
print(uuid.UUID(int=0), uuid.UUID(int=1, version=4), x < b, sorted([b, a, x]) == sorted([x, a, b]))
print(hash(x) == hash(uuid.UUID(str(x))), int(x) == x.int, {x: 1}[uuid.UUID(str(x))])
print(uuid.UUID(int=0).variant, uuid.UUID(int=0xe000 << 48).variant, uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0).version)
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID('zz'), lambda: uuid.UUID('g' * 32),
            lambda: uuid.UUID(bytes=b'abc'), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(int=1, version=9), lambda: setattr(x, 'int', 3),
            lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(x.is_safe, uuid.RFC_4122, uuid.RESERVED_NCS)
