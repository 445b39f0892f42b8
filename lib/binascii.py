"""binascii - conversions between binary data and ASCII encodings (Glass).

Implements: hexlify/b2a_hex (sep=, bytes_per_sep=), unhexlify/a2b_hex,
b2a_base64 (newline=), a2b_base64 (strict_mode=), b2a_qp/a2b_qp (quoted-printable,
as CPython's C code encodes and decodes it), crc32, crc_hqx, and the exceptions Error (a ValueError) and Incomplete, with CPython 3.11's messages.
Binary arguments may be bytes, bytearray or anything memoryview accepts; the a2b_*
functions also take ASCII-only str.
Leaves out: b2a_uu/a2b_uu.
"""

__all__ = ['Error', 'Incomplete', 'hexlify', 'b2a_hex', 'unhexlify', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'b2a_qp', 'a2b_qp', 'crc32', 'crc_hqx']


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

# ---- quoted-printable (RFC 1521) ----------------------------------------------

_QP_MAXLINE = 76
_QP_HEXDIGITS = b'0123456789ABCDEF'
_QP_HEXVAL = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}


def a2b_qp(data, header=False):
    """Decode quoted-printable data (with header, '_' stands for a space)."""
    data = _ascii(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 0x3D:                                   # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == 0x0A or c == 0x0D:                  # soft line break
                if c != 0x0A:
                    while i < n and data[i] != 0x0A:
                        i += 1
                if i < n:
                    i += 1
            elif c == 0x3D:                             # '==' stands for '='
                out.append(0x3D)
                i += 1
            elif i + 1 < n and c in _QP_HEXVAL and data[i + 1] in _QP_HEXVAL:
                out.append(_QP_HEXVAL[c] * 16 + _QP_HEXVAL[data[i + 1]])
                i += 2
            else:
                out.append(0x3D)
        elif header and c == 0x5F:                      # '_'
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode data as quoted-printable: lines of at most 76 characters (soft
    breaks '='), unsafe bytes as '=XX'; quotetabs quotes every space and tab,
    header writes spaces as '_', istext=False quotes line ends too."""
    data = _binary(data)
    n = len(data)
    nl = data.find(b'\n')
    eol = b'\r\n' if nl > 0 and data[nl - 1] == 0x0D else b'\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        nxt = -1 if last else data[i + 1]
        if (c > 126 or c == 0x3D or (header and c == 0x5F)
                or (c == 0x2E and linelen == 0 and nxt in (-1, 0x0A, 0x0D, 0))
                or (not istext and (c == 0x0D or c == 0x0A))
                or ((c == 0x09 or c == 0x20) and last)
                or (c < 33 and c != 0x0D and c != 0x0A
                    and (quotetabs or (c != 0x09 and c != 0x20)))):
            if linelen + 3 >= _QP_MAXLINE:
                out += b'=' + eol
                linelen = 0
            out += b'=%c%c' % (_QP_HEXDIGITS[c >> 4], _QP_HEXDIGITS[c & 15])
            i += 1
            linelen += 3
        elif istext and (c == 0x0A or (c == 0x0D and nxt == 0x0A)):
            linelen = 0
            if out and out[-1] in (0x20, 0x09):         # no blank at a line's end
                ch = out[-1]
                out[-1:] = b'=%c%c' % (_QP_HEXDIGITS[ch >> 4], _QP_HEXDIGITS[ch & 15])
            out += eol
            i += 2 if c == 0x0D else 1
        else:
            if not last and nxt != 0x0A and linelen + 1 >= _QP_MAXLINE:
                out += b'=' + eol
                linelen = 0
            linelen += 1
            if header and c == 0x20:
                out.append(0x5F)
            else:
                out.append(c)
            i += 1
    return bytes(out)


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
