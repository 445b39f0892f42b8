import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog',
          b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 128,
          bytes(range(256))]
for n in names:
    for data in inputs:
        print(n, len(data), getattr(hashlib, n)(data).hexdigest())
    h = hashlib.new(n)
    print(h.name, h.digest_size, h.block_size)

# long input
big = bytes(i * 7 % 251 for i in range(20000))
for n in names:
    print(n, 'big', hashlib.new(n, big).hexdigest())

# incremental update and copy
for n in names:
    h = hashlib.new(n.upper())
    h.update(b'hello ')
    c = h.copy()
    h.update(bytearray(b'world'))
    c.update(b'there')
    print(n, h.hexdigest(), c.hexdigest())
    print(h.digest() == hashlib.new(n, b'hello world').digest())
    print(h.hexdigest() == h.hexdigest())
    parts = hashlib.new(n)
    for i in range(0, 300, 7):
        parts.update(big[i:i + 7])
    print(parts.digest() == hashlib.new(n, big[:301]).digest())
    parts.digest()
    parts.update(b'more')
    print(parts.hexdigest() == hashlib.new(n, big[:301] + b'more').hexdigest())

print(set(names) <= hashlib.algorithms_guaranteed, 'sha256' in hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 3, 30).hex())

for bad in [lambda: hashlib.sha256('abc'), lambda: hashlib.md5().update('x'),
            lambda: hashlib.new('nosuch'), lambda: hashlib.sha1(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
