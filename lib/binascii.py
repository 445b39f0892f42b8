"""binascii - conversions between binary data and ASCII encodings (Glass).

Implements: hexlify/b2a_hex (sep=, bytes_per_sep=), unhexlify/a2b_hex,
b2a_base64 (newline=), a2b_base64 (strict_mode=), crc32, crc_hqx, and the
exceptions Error (a ValueError) and Incomplete, with CPython 3.11's messages.
Binary arguments may be bytes, bytearray or anything memoryview accepts; the a2b_*
functions also take ASCII-only str.
Leaves out: b2a_uu/a2b_uu and b2a_qp/a2b_qp.
"""

__all__ = ['Error', 'Incomplete', 'hexlify', 'b2a_hex', 'unhexlify', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _binary(data):
    """Return data (a bytes-like object) as bytes; str is refused."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if not isinstance(data, str):
        try:
            return memoryview(data).tobytes()
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def _ascii(data):
    """Return the input of an a2b_* function as bytes (ASCII str allowed)."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters') from None
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, "
                        "not '%s'" % type(data).__name__) from None


# ---- hexadecimal -------------------------------------------------------------

_NOSEP = object()


def _sep_byte(sep):
    # The length is checked before the type, as CPython does.
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if isinstance(sep, str):
        if ord(sep) > 255:
            raise ValueError('sep must be ASCII.')
        return bytes((ord(sep),))
    if isinstance(sep, bytes):
        return sep
    raise TypeError('sep must be str or bytes.')


def hexlify(data, sep=_NOSEP, bytes_per_sep=1):
    """Return the hexadecimal representation of binary data as bytes.

    With sep, a one-character str or bytes, it is put between groups of
    bytes_per_sep bytes, counted from the right (from the left if negative)."""
    data = _binary(data)
    if sep is _NOSEP:
        return data.hex().encode('ascii')
    sep = _sep_byte(sep)
    bytes_per_sep = bytes_per_sep.__index__()
    if not -2**31 <= bytes_per_sep < 2**31:
        raise OverflowError('Python int too large to convert to C int')
    step = abs(bytes_per_sep)
    digits = data.hex().encode('ascii')
    if step == 0 or step >= len(data):
        return digits
    width = 2 * step
    if bytes_per_sep > 0:
        first = len(digits) % width or width     # a short group goes first
        groups = [digits[:first]]
        groups += [digits[i:i + width] for i in range(first, len(digits), width)]
    else:
        groups = [digits[i:i + width] for i in range(0, len(digits), width)]
    return sep.join(groups)


b2a_hex = hexlify

_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')


def unhexlify(hexstr):
    """Return the binary data represented by a string of hexadecimal digits."""
    hexstr = _ascii(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    for c in hexstr:
        if c not in _HEXDIGITS:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(hexstr.decode('ascii'))


a2b_hex = unhexlify


# ---- base64 ------------------------------------------------------------------

_B64CHARS = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64VALUES = {c: i for i, c in enumerate(_B64CHARS)}
_PAD = ord('=')


def b2a_base64(data, *, newline=True):
    """Encode binary data as one line of base64, ending in b'\\n' if newline."""
    data = _binary(data)
    chars = _B64CHARS
    out = bytearray()
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((chars[n >> 18], chars[(n >> 12) & 63],
                      chars[(n >> 6) & 63], chars[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((chars[n >> 18], chars[(n >> 12) & 63], _PAD, _PAD))
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((chars[n >> 18], chars[(n >> 12) & 63],
                      chars[(n >> 6) & 63], _PAD))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data.

    Without strict_mode, characters outside the base64 alphabet are skipped and
    decoding stops at the first complete padding.  With strict_mode, only
    alphabet characters and correct final padding are accepted."""
    data = _ascii(data)
    strict_mode = bool(strict_mode)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    values = _B64VALUES
    out = bytearray()
    quad_pos = 0        # position of the next character in its group of four
    leftchar = 0        # bits not yet written out
    pads = 0            # '=' seen since the last data character
    padding_started = False
    for i, c in enumerate(data):
        if c == _PAD:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = values.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            leftchar = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((leftchar << 2) | (v >> 4)) & 0xff)
            leftchar = v & 0x0f
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((leftchar << 4) | (v >> 2)) & 0xff)
            leftchar = v & 0x03
            quad_pos = 3
        else:
            out.append(((leftchar << 6) | v) & 0xff)
            leftchar = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    '(%d) cannot be 1 more than a multiple of 4'
                    % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


# ---- checksums ---------------------------------------------------------------

def _make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _make_crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) if c & 0x8000 else c << 1
        table.append(c & 0xffff)
    return table


_CRC32_TABLE = _make_crc32_table()
_CRC_HQX_TABLE = _make_crc_hqx_table()


def crc32(data, crc=0):
    """Return the CRC-32 of data (an unsigned 32-bit int), starting from crc."""
    data = _binary(data)
    table = _CRC32_TABLE
    crc = (crc.__index__() & 0xffffffff) ^ 0xffffffff
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return crc ^ 0xffffffff


def crc_hqx(data, crc):
    """Return the CRC-CCITT (XMODEM) of data, a 16-bit int, starting from crc."""
    data = _binary(data)
    table = _CRC_HQX_TABLE
    crc = crc.__index__() & 0xffff
    for b in data:
        crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ b]
    return crc
