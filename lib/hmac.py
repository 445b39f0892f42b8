"""hmac - keyed-hashing for message authentication (RFC 2104), pure Python.

Implements: HMAC (update, digest, hexdigest, copy, name, digest_size,
block_size), new, digest, compare_digest.  digestmod may be a hashlib name,
a constructor or a module with a new() function.
Leaves out: trans_5C/trans_36 tables, the OpenSSL fast paths.
"""

import hashlib as _hashlib

__all__ = ['new', 'digest', 'compare_digest', 'HMAC']

digest_size = None


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
        self.block_size = blocksize = self._inner.block_size
        key = bytes(key)
        if len(key) > blocksize:
            key = make(key).digest()
        key = key.ljust(blocksize, b'\x00')
        self._outer.update(bytes(x ^ 0x5C for x in key))
        self._inner.update(bytes(x ^ 0x36 for x in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def digest(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC of msg under key in one call."""
    return HMAC(key, msg, digest).digest()
