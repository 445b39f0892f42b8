"""hmac - keyed-hashing for message authentication (RFC 2104).

Implements: HMAC (update, digest, hexdigest, copy, name, digest_size,
block_size), new, digest, compare_digest, trans_5C, trans_36.  digestmod may
be a hashlib name, a constructor or a module with a new() function.
digest() runs in C (_glasshash.hmac_digest) for the hashlib algorithms given
by name or by their hashlib constructor; HMAC objects drive the C hash
objects of hashlib.
Leaves out: nothing of the 3.11 API; compare_digest is pure Python.
"""

import _glasshash
import hashlib as _hashlib

__all__ = ['new', 'digest', 'compare_digest', 'HMAC']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

# The algorithms hmac_digest computes in C, by name and by hashlib constructor.
_FAST_NAMES = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                         'blake2b', 'blake2s'))
_FAST_CONSTRUCTORS = {getattr(_hashlib, n): n for n in _FAST_NAMES}


def compare_digest(a, b):
    """Return a == b, comparing every byte (no early exit on a mismatch)."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode('ascii')
            b = b.encode('ascii')
        except UnicodeEncodeError:
            raise TypeError('comparing strings with non-ASCII characters is '
                            'not supported') from None
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        a = bytes(memoryview(a))
        b = bytes(memoryview(b))
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return digestmod.new


class HMAC:
    """RFC 2104 HMAC object."""

    blocksize = 64  # 512-bit HMAC; kept for compatibility

    __slots__ = ('_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', 64)
        if blocksize < 16:
            blocksize = self.blocksize
        self.block_size = blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed msg into the inner hash."""
        self._inner.update(msg)

    def copy(self):
        """Return an independent copy of this HMAC object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the MAC of the data fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """Return the MAC of the data fed so far, as hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC of msg under key in one call; digest is a hashlib name,
    a constructor or a module with a new() function."""
    name = digest if isinstance(digest, str) else _FAST_CONSTRUCTORS.get(digest)
    if name in _FAST_NAMES:
        return _glasshash.hmac_digest(key, msg, name)
    make = _constructor(digest)
    inner = make()
    outer = make()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = make(key).digest()
    key = bytes(key).ljust(blocksize, b'\0')
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
