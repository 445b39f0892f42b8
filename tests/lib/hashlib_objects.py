# hash objects: new(), names, attributes, copy mid-stream, buffer types, errors.
import hashlib
import array

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(sorted(n for n in hashlib.__all__))
for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n)
    print(n, h.name, h.digest_size, h.block_size, type(h).__module__, type(h).__name__)
    print(' ', repr(h).startswith('<' + n + ' _hashlib.HASH') or repr(h).startswith('<_blake2.'))
    if not n.startswith(('blake', 'sha3', 'shake')):
        print(' ', hashlib.new(n.upper()).name, hashlib.new(n.title()).name)
    print(' ', type(getattr(hashlib, n)(b'abc')) is type(h))

data = bytes(range(256)) * 3
for n in sorted(hashlib.algorithms_guaranteed):
    args = (20,) if n.startswith('shake') else ()
    whole = hashlib.new(n, data).hexdigest(*args)
    for size in [1, 5, 63, 64, 65, 127, 200]:
        h = hashlib.new(n)
        half = None
        for i in range(0, len(data), size):
            h.update(data[i:i + size])
            if half is None and i >= 300:
                half = h.copy()
                mid = i + size
        half.update(data[mid:])
        if h.hexdigest(*args) != whole or half.hexdigest(*args) != whole:
            print('mismatch', n, size)
    print(n, whole)

src = b'abcdefgh'
for obj in [bytearray(src), memoryview(src), memoryview(b'xx' + src)[2:],
            array.array('b', src)]:
    print(type(obj).__name__, hashlib.sha256(obj).hexdigest()[:16], hashlib.md5(obj).hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest()[:16])
print(hashlib.new('sha256', data=b'abc').hexdigest()[:16])
print(hashlib.md5(b'abc', usedforsecurity=False).hexdigest())

for bad in [lambda: hashlib.new('foo'), lambda: hashlib.new('sha257', b''),
            lambda: hashlib.new(b'sha256'), lambda: hashlib.sha256('abc'),
            lambda: hashlib.sha256(1), lambda: hashlib.sha256().update('x'),
            lambda: hashlib.sha256().update(), lambda: hashlib.sha256(b'', b''),
            lambda: hashlib.sha256(data=b''), lambda: hashlib.new('sha256', b'', string=b''),
            lambda: hashlib.new('md5', b'', foo=1), lambda: hashlib.sha256().hexdigest(3),
            lambda: hashlib.sha1(memoryview(b'abcd')[::2]), lambda: hashlib.sha256(None),
            lambda: hashlib.new('SHA3_224'), lambda: hashlib.new('BLAKE2B'),
            lambda: hashlib.new('SHAKE_128')]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
