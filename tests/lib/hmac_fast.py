# hmac over every hashlib algorithm, hmac.digest's one-shot path, copy mid-stream.
import hashlib
import hmac

key_short, key_long = b'key', bytes(range(200))
msg = b'The quick brown fox jumps over the lazy dog' * 5
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
          'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    for key in [key_short, key_long, b'']:
        a = hmac.digest(key, msg, n)
        b = hmac.new(key, msg, n).digest()
        c = hmac.new(key, msg, getattr(hashlib, n)).digest()
        print(n, len(key), a.hex(), a == b == c)
    h = hmac.new(b'k', digestmod=n)
    print(n, h.name, h.digest_size, h.block_size)
    for i in range(0, len(msg), 11):
        h.update(msg[i:i + 11])
        if i == 110:
            c = h.copy()
    c.update(msg[121:])
    print(n, h.hexdigest() == c.hexdigest() == hmac.new(b'k', msg, n).hexdigest())
print(hmac.digest(bytearray(b'k'), memoryview(b'm'), hashlib.sha256).hex())
print(hmac.digest(b'k', b'm', lambda d=b'': hashlib.sha1(d)).hex())
print(hmac.new(b'k', b'm', digestmod=hashlib.sha256).hexdigest())
for bad in [lambda: hmac.new('k', b'm', 'sha256'),
            lambda: hmac.digest(b'k', 'm', 'sha256'),
            lambda: hmac.new(b'k', b'm')]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
