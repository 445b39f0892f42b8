"""hashlib - secure hashes and message digests, in pure Python.

Implements: md5, sha1, sha224, sha256, sha384, sha512 (from RFC 1321 and
FIPS 180-4), new(name, data=b''), algorithms_guaranteed, algorithms_available,
pbkdf2_hmac.  Hash objects have update, digest, hexdigest, copy, name,
digest_size and block_size.
Leaves out: sha3_*, blake2*, shake_*, scrypt, file_digest, usedforsecurity
(accepted and ignored).  Being pure Python, hashing is slow.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256',
                                   'sha384', 'sha512'))
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    # Subclasses set name, digest_size, block_size, _init(), _compress(block),
    # _length_bytes, _length_order ('big'/'little') and _out().

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._h = list(self._IV)
        self._buf = b''
        self._count = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _as_bytes(data)
        self._count += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        for i in range(0, n, bs):
            self._compress(buf[i:i + bs])
        self._buf = buf[n:]

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._h = list(self._h)
        other._buf = self._buf
        other._count = self._count
        return other

    def digest(self):
        saved = (list(self._h), self._buf, self._count)
        bs = self.block_size
        lb = self._length_bytes
        bits = (self._count * 8) & ((1 << (8 * lb)) - 1)
        pad = b'\x80' + b'\x00' * ((bs - lb - 1 - len(self._buf)) % bs)
        tail = self._buf + pad + bits.to_bytes(lb, self._length_order)
        for i in range(0, len(tail), bs):
            self._compress(tail[i:i + bs])
        out = self._out()
        self._h, self._buf, self._count = saved
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


# ---- MD5 (RFC 1321) ----
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + \
         [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(__import__('math').sin(i + 1)) * 2 ** 32) & _M32
          for i in range(64)]


class _MD5(_Hash):
    name = 'md5'
    digest_size = 16
    block_size = 64
    _length_bytes = 8
    _length_order = 'little'
    _IV = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)

    def _compress(self, block):
        X = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = self._h
        S = _MD5_S
        K = _MD5_K
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) & 15
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) & 15
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) & 15
            f = (f + a + K[i] + X[g]) & _M32
            s = S[i]
            a, d, c = d, c, b
            b = (b + (((f << s) | (f >> (32 - s))) & _M32)) & _M32
        h = self._h
        self._h = [(h[0] + a) & _M32, (h[1] + b) & _M32,
                   (h[2] + c) & _M32, (h[3] + d) & _M32]

    def _out(self):
        return b''.join(x.to_bytes(4, 'little') for x in self._h)


# ---- SHA-1 (FIPS 180-4) ----
class _SHA1(_Hash):
    name = 'sha1'
    digest_size = 20
    block_size = 64
    _length_bytes = 8
    _length_order = 'big'
    _IV = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 80):
            x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]
            w.append(((x << 1) | (x >> 31)) & _M32)
        a, b, c, d, e = self._h
        for t in range(80):
            if t < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif t < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            tmp = ((((a << 5) | (a >> 27)) & _M32) + (f & _M32) + e + k + w[t]) & _M32
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & _M32, a, tmp
        h = self._h
        self._h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]

    def _out(self):
        return b''.join(x.to_bytes(4, 'big') for x in self._h)


# ---- SHA-224 / SHA-256 ----
_K256 = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]


class _SHA256(_Hash):
    name = 'sha256'
    digest_size = 32
    block_size = 64
    _length_bytes = 8
    _length_order = 'big'
    _IV = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
           0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)

    def _compress(self, block):
        M = _M32
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 64):
            x = w[t - 15]
            y = w[t - 2]
            s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
            s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & M)
        a, b, c, d, e, f, g, h = self._h
        K = _K256
        for t in range(64):
            S1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^
                  ((e >> 25) | (e << 7))) & M
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + K[t] + w[t]) & M
            S0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^
                  ((a >> 22) | (a << 10))) & M
            maj = (a & b) ^ (a & c) ^ (b & c)
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & M, c, b, a, (t1 + S0 + maj) & M
        self._h = [(x + y) & M for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def _out(self):
        return b''.join(x.to_bytes(4, 'big') for x in self._h)


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28
    _IV = (0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
           0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4)


# ---- SHA-384 / SHA-512 ----
_K512 = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817]


class _SHA512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _length_bytes = 16
    _length_order = 'big'
    _IV = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
           0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
           0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)

    def _compress(self, block):
        M = _M64
        w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
        for t in range(16, 80):
            x = w[t - 15]
            y = w[t - 2]
            s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
            s1 = ((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & M)
        a, b, c, d, e, f, g, h = self._h
        K = _K512
        for t in range(80):
            S1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^
                  ((e >> 41) | (e << 23))) & M
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + K[t] + w[t]) & M
            S0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^
                  ((a >> 39) | (a << 25))) & M
            maj = (a & b) ^ (a & c) ^ (b & c)
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & M, c, b, a, (t1 + S0 + maj) & M
        self._h = [(x + y) & M for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def _out(self):
        return b''.join(x.to_bytes(8, 'big') for x in self._h)


class _SHA384(_SHA512):
    name = 'sha384'
    digest_size = 48
    _IV = (0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
           0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
           0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4)


_CONSTRUCTORS = {'md5': _MD5, 'sha1': _SHA1, 'sha224': _SHA224,
                 'sha256': _SHA256, 'sha384': _SHA384, 'sha512': _SHA512}


def md5(data=b'', *, usedforsecurity=True):
    return _MD5(data)


def sha1(data=b'', *, usedforsecurity=True):
    return _SHA1(data)


def sha224(data=b'', *, usedforsecurity=True):
    return _SHA224(data)


def sha256(data=b'', *, usedforsecurity=True):
    return _SHA256(data)


def sha384(data=b'', *, usedforsecurity=True):
    return _SHA384(data)


def sha512(data=b'', *, usedforsecurity=True):
    return _SHA512(data)


def new(name, data=b'', **kwargs):
    """Return a new hash object for the algorithm called name."""
    if not isinstance(name, str):
        raise TypeError('new() argument 1 must be str, not %s' % type(name).__name__)
    cls = _CONSTRUCTORS.get(name.lower())
    if cls is None:
        raise ValueError('unsupported hash type ' + name)
    return cls(data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC."""
    cls = _CONSTRUCTORS.get(hash_name.lower()) if isinstance(hash_name, str) else None
    if cls is None:
        raise ValueError('unsupported hash type ' + str(hash_name))
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is None:
        dklen = cls.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    bs = cls.block_size
    if len(password) > bs:
        password = cls(password).digest()
    password = password.ljust(bs, b'\x00')
    inner = cls(bytes(x ^ 0x36 for x in password))
    outer = cls(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        i = inner.copy()
        i.update(msg)
        o = outer.copy()
        o.update(i.digest())
        return o.digest()

    dk = b''
    block = 1
    while len(dk) < dklen:
        u = prf(salt + block.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        dk += acc.to_bytes(len(u), 'big')
        block += 1
    return dk[:dklen]
