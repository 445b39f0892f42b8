"""hashlib - secure hashes and message digests, on the C engines of _glasshash.

Implements: md5, sha1, sha224, sha256, sha384, sha512 (RFC 1321, FIPS 180-4),
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256 (FIPS 202),
blake2b and blake2s with all their parameters (RFC 7693), new(name, data=b'',
**kwargs), algorithms_guaranteed, algorithms_available, pbkdf2_hmac and
file_digest.  Hash objects have update, digest, hexdigest, copy, name,
digest_size and block_size.
Leaves out: scrypt and the extra OpenSSL algorithms (sha512_224, sha512_256,
md5-sha1, ripemd160, sm3): algorithms_available equals algorithms_guaranteed,
as in a CPython built without OpenSSL.
"""

import _glasshash

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac',
                                'file_digest')

md5 = _glasshash.openssl_md5
sha1 = _glasshash.openssl_sha1
sha224 = _glasshash.openssl_sha224
sha256 = _glasshash.openssl_sha256
sha384 = _glasshash.openssl_sha384
sha512 = _glasshash.openssl_sha512
sha3_224 = _glasshash.openssl_sha3_224
sha3_256 = _glasshash.openssl_sha3_256
sha3_384 = _glasshash.openssl_sha3_384
sha3_512 = _glasshash.openssl_sha3_512
shake_128 = _glasshash.openssl_shake_128
shake_256 = _glasshash.openssl_shake_256
blake2b = _glasshash.blake2b
blake2s = _glasshash.blake2s

_blake2 = {'blake2b': blake2b, 'blake2s': blake2s}


def new(name, data=b'', **kwargs):
    """Return a hash object for the algorithm called name, fed with data;
    keyword arguments go to the constructor (blake2 parameters, usedforsecurity).
    """
    if name in _blake2:
        return _blake2[name](data, **kwargs)
    return _glasshash.new(name, data, **kwargs)


pbkdf2_hmac = _glasshash.pbkdf2_hmac


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Return a hash object fed with everything fileobj (a binary file opened
    for reading, or an object with getbuffer() such as io.BytesIO) holds.
    digest is an algorithm name or a callable returning a new hash object.
    """
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    # An in-memory file hands its whole buffer over at once.
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary "
                         "reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        n = fileobj.readinto(buf)
        if not n:
            break
        h.update(view[:n])
    return h
