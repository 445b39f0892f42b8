# md5 / sha1 / sha2: standard vectors, the block-boundary lengths, a million 'a's.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129,
           135, 136, 143, 144, 191, 192, 255, 256, 1000]
for n in names:
    ctor = getattr(hashlib, n)
    print(n, 'abc', ctor(b'abc').hexdigest())
    print(n, 'fips', ctor(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
    for k in lengths:
        print(n, k, ctor(bytes((i * 31 + 7) & 255 for i in range(k))).hexdigest())
    print(n, 'million', ctor(b'a' * 1000000).hexdigest())

# a million 'a's fed in odd chunks
for n in names:
    h = hashlib.new(n)
    chunk = b'a' * 997
    left = 1000000
    while left:
        part = chunk[:min(left, 997)]
        h.update(part)
        left -= len(part)
    print(n, 'chunks', h.hexdigest() == hashlib.new(n, b'a' * 1000000).hexdigest())

# digest() is idempotent and bytes
for n in names:
    h = hashlib.new(n, b'x')
    d = h.digest()
    print(n, type(d).__name__, len(d), d == h.digest(), d.hex() == h.hexdigest())
