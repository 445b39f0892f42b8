"""base64 - Base16, Base32, Base64, Base85 and Ascii85 data encodings (Glass).

Implements: b64encode/b64decode (altchars=, validate=), standard_b64encode/decode,
urlsafe_b64encode/decode, b32encode/b32decode (casefold=, map01=),
b32hexencode/b32hexdecode, b16encode/b16decode (casefold=), b85encode/b85decode,
a85encode/a85decode (foldspaces=, wrapcol=, pad=, adobe=, ignorechars=),
encodebytes/decodebytes and the file helpers encode/decode, with CPython 3.11's
errors: binascii.Error for bad Base16/32/64 input, ValueError for bad Base85 and
Ascii85 input, TypeError for str given to an encoder.
Leaves out: the command-line interface (main).
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _decode_input(s):
    """Return the input of a decoder as bytes (bytes-like or ASCII str)."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters') from None
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % s.__class__.__name__) from None


def _encode_input(s):
    """Return the input of an encoder as bytes; memoryview's TypeError if not."""
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


# ---- Base64 ------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64 and return bytes.

    altchars, two bytes, replaces '+' and '/' (for URL or file-system safe
    alphabets)."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 bytes-like object or ASCII string s and return bytes.

    altchars gives the two characters used instead of '+' and '/'.  Unless
    validate is true, characters outside the alphabet are dropped before the
    padding check; with validate they raise binascii.Error."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s, encoded with the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode s with the URL and file-system safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_urlsafe_encode)


def urlsafe_b64decode(s):
    """Decode s, encoded with the URL and file-system safe alphabet.

    Characters outside that alphabet (including '+' and '/') are skipped."""
    s = _decode_input(s)
    s = s.translate(_urlsafe_decode)
    return b64decode(s)


# ---- Base32 ------------------------------------------------------------------

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32rev = {}

# Padding characters left after n bytes of a final partial group of five.
_B32PADS = {1: 6, 2: 4, 3: 3, 4: 1}
# Number of bytes of a final group, by its count of padding characters.
_B32KEEP = {1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = bytearray()
    rest = len(s) % 5
    if rest:
        s = s + bytes(5 - rest)      # zero-fill the last group
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], 'big')
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    if rest:
        pads = _B32PADS[rest]
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    rev = _b32rev.get(alphabet)
    if rev is None:
        rev = _b32rev[alphabet] = {c: i for i, c in enumerate(alphabet)}
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    # RFC 4648 section 2.4: optionally read 0 as O and 1 as map01 (I or L).
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    padchars = length - len(s)
    out = bytearray()
    n = 0
    for i in range(0, len(s), 8):
        n = 0
        for c in s[i:i + 8]:
            v = rev.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        out += n.to_bytes(5, 'big')
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        # The last group was short: shift in the missing digits as zeros.
        n <<= 5 * padchars
        out[-5:] = n.to_bytes(5, 'big')[:_B32KEEP[padchars]]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32 and return bytes."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 bytes-like object or ASCII string s.

    casefold accepts lowercase input; map01 (b'I' or b'L') maps the digit 1 to
    that letter, and 0 to O.  Bad input raises binascii.Error."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encode s with the Extended Hex Base32 alphabet (RFC 4648)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode s, encoded with the Extended Hex Base32 alphabet."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ---- Base16 ------------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


_B16DIGITS = frozenset(b'0123456789ABCDEF')


def b16decode(s, casefold=False):
    """Decode the Base16 bytes-like object or ASCII string s.

    Lowercase digits are accepted only with casefold."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16DIGITS:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Base85 and Ascii85 ------------------------------------------------------

_b85alphabet = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_b85dec = None
_A85START = b'<~'
_A85END = b'~>'


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    """Shared by b85encode and a85encode: five digits per four bytes."""
    b = _encode_input(b)
    padding = -len(b) % 4
    if padding:
        b = b + bytes(padding)
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for j in range(4, -1, -1):
                word, d = divmod(word, 85)
                digits[j] = alphabet[d]
            out.append(bytes(digits))
    if padding and not pad:
        # The last group is written out in full before dropping its padding.
        if out[-1] == b'z':
            out[-1] = bytes((alphabet[0],)) * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


def b85encode(b, pad=False):
    """Encode the bytes-like object b with base85 (as in git) and return bytes.

    With pad, the input is zero-filled to a multiple of 4 bytes first."""
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """Decode the base85 bytes-like object or ASCII string b (ValueError if bad)."""
    global _b85dec
    if _b85dec is None:
        _b85dec = {c: i for i, c in enumerate(_b85alphabet)}
    b = _decode_input(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            v = _b85dec.get(b[j])
            if v is None:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + v
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


_a85alphabet = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85 and return bytes.

    foldspaces writes 'y' for four spaces (btoa); wrapcol > 0 splits the output
    into lines of at most that many characters; pad zero-fills the input to a
    multiple of 4 bytes; adobe frames the result with <~ and ~>."""
    result = _85encode(b, _a85alphabet, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')        # the end marker goes on a line of its own
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 bytes-like object or ASCII string b.

    foldspaces accepts 'y' for four spaces; adobe requires the ~> end marker
    (and strips <~ if present); bytes in ignorechars are skipped.  Bad input
    raises ValueError."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r'
                             % (_A85END,))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = []
    group = []
    # Four 'u' (the largest digit) complete a final short group.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = 0
                for v in group:
                    acc = acc * 85 + v
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                group.clear()
        elif c == 122:                   # 'z': four zero bytes
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:    # 'y': four spaces
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


# ---- multi-line Base64 (MIME) and files --------------------------------------

MAXLINESIZE = 76                      # characters per line, without the newline
MAXBINSIZE = (MAXLINESIZE // 4) * 3   # input bytes per line


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s'
                        % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (m.ndim, s.__class__.__name__))


def encodebytes(s):
    """Encode the bytes-like object s as lines of at most 76 Base64 characters,
    each ending in b'\\n'."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytes-like object holding one or more lines of Base64 data."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode the binary file input into the binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
