# pbkdf2_hmac (RFC 6070 vectors and others) and file_digest.
import hashlib
import io

print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword',
                          b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pass\0word', b'sa\0lt', 4096, 16).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha512', b'password', b'salt', 1000, 100).hex())
print(hashlib.pbkdf2_hmac('md5', b'p' * 100, b'salt', 10, 50).hex())
print(hashlib.pbkdf2_hmac('SHA256', bytearray(b'pw'), memoryview(b'salt'), 3).hex())
print(hashlib.pbkdf2_hmac('sha3_256', b'pw', b'salt', 5).hex())
print(hashlib.pbkdf2_hmac('sha384', b'k' * 200, b'', 2, 1).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha224', password=b'a', salt=b'b', iterations=2,
                          dklen=None).hex())

for bad in [lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0),
            lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0),
            lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1),
            lambda: hashlib.pbkdf2_hmac('sha256', b'p', 's', 1),
            lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1.0),
            lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 1.0),
            lambda: hashlib.pbkdf2_hmac(1, b'p', b's', 1)]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

# file_digest
payload = bytes(range(256)) * 1200
print(hashlib.file_digest(io.BytesIO(payload), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), lambda: hashlib.blake2s(digest_size=4)).hexdigest())
path = '/tmp/glass_test_hashlib_fd.bin'
with open(path, 'wb') as f:
    f.write(payload)
with open(path, 'rb') as f:
    h = hashlib.file_digest(f, 'sha3_256')
print(h.name, h.hexdigest())
for bad in [lambda: hashlib.file_digest(b'x', 'sha256'),
            lambda: hashlib.file_digest(io.StringIO('x'), 'sha256')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e)[:20])
