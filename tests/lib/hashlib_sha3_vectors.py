# sha3_* and shake_*: vectors around the rate boundaries, shake lengths.
import hashlib

lengths = [0, 1, 3, 71, 72, 73, 103, 104, 105, 135, 136, 137, 143, 144, 145, 167, 168,
           169, 300, 1000]
for n in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    ctor = getattr(hashlib, n)
    h = ctor()
    print(n, h.name, h.digest_size, h.block_size)
    print(n, 'abc', ctor(b'abc').hexdigest())
    for k in lengths:
        print(n, k, ctor(bytes((i * 13 + 5) & 255 for i in range(k))).hexdigest())
    print(n, 'million', ctor(b'a' * 1000000).hexdigest())

for n in ['shake_128', 'shake_256']:
    ctor = getattr(hashlib, n)
    h = ctor()
    print(n, h.name, h.digest_size, h.block_size)
    for k in [0, 1, 16, 32, 100, 168, 169, 500]:
        print(n, 'empty', k, h.hexdigest(k))
    print(n, 'abc', ctor(b'abc').hexdigest(64))
    for k in [135, 136, 137, 167, 168, 169]:
        print(n, k, ctor(b'q' * k).digest(length=40).hex())
    print(n, ctor(b'x').digest(0), type(ctor(b'x').digest(5)).__name__)
    # prefix property, and digest() does not disturb the state
    h = ctor(b'abc')
    print(n, h.digest(100)[:20] == h.digest(20), h.hexdigest(7))
    h.update(b'def')
    print(n, h.hexdigest(10) == ctor(b'abcdef').hexdigest(10))

for bad in [lambda: hashlib.shake_128().digest(),
            lambda: hashlib.shake_256().hexdigest(),
            lambda: hashlib.shake_128().digest('a'),
            lambda: hashlib.sha3_256().digest(3),
            lambda: hashlib.sha3_256('abc'),
            lambda: hashlib.shake_128(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
