"""codecs -- Python codec registry, API and helpers (Glass).

The codecs themselves are Glass's C codecs (str.encode / bytes.decode): utf-8,
utf-8-sig, utf-16/32 (+le/be), ascii, latin-1, unicode_escape, raw_unicode_escape and
the charmaps cp1252, iso8859-15, cp437, iso8859-2, mac-roman, cp850; plus the
bytes-to-bytes codecs hex, base64 and the str-to-str rot13 written here. Codecs added
with register() are found by lookup() (and so by codecs.encode/decode/open), and by
str.encode / bytes.decode for names the C codecs do not know (_text_encode /
_text_decode). A name nothing else knows makes lookup() import the encodings package
(idna, punycode...), which registers its search function.
"""

import builtins
import sys
import _codecs

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

register_error = _codecs.register_error
lookup_error = _codecs.lookup_error


# ---- error handlers ------------------------------------------------------------------

def _check(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _check(exc)
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    _check(exc)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _esc(c):
    c = ord(c)
    if c < 0x100:
        return '\\x%02x' % c
    if c < 0x10000:
        return '\\u%04x' % c
    return '\\U%08x' % c


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_esc(c) for c in exc.object[exc.start:exc.end]), exc.end)
    _check(exc)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            out.append('\\N{%s}' % name if name is not None else _esc(c))
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end]:
            if b < 128:
                raise exc
            out.append(chr(0xdc00 + b))
        return (''.join(out), exc.end)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                raise exc
            out.append(ord(c) - 0xdc00)
        return (bytes(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogatepass_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        enc = exc.encoding.lower().replace('_', '-')
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xd800 <= ord(c) <= 0xdfff:
                raise exc
            out += c.encode(enc, 'surrogatepass')
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        enc = exc.encoding.lower().replace('_', '-')
        if enc in ('utf-8', 'utf8'):
            b = exc.object[exc.start:exc.start + 3]
            try:
                c = b.decode(enc, 'surrogatepass')
            except UnicodeDecodeError:
                raise exc from None
            if len(c) == 1 and 0xd800 <= ord(c) <= 0xdfff:
                return (c, exc.start + 3)
        raise exc
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


for _name, _fn in [('strict', strict_errors), ('ignore', ignore_errors),
                   ('replace', replace_errors), ('backslashreplace', backslashreplace_errors),
                   ('xmlcharrefreplace', xmlcharrefreplace_errors),
                   ('namereplace', namereplace_errors),
                   ('surrogateescape', _surrogateescape_errors),
                   ('surrogatepass', _surrogatepass_errors)]:
    try:
        _codecs.lookup_error(_name)
    except LookupError:
        _codecs.register_error(_name, _fn)
del _name, _fn


# ---- codec classes -------------------------------------------------------------------

class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- how many bytes at the end of a chunk wait for the next one ----------------------

def _utf8_pending(data):
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b < 0x80:
            return 0
        if b >= 0xC0:
            need = (2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF
                    else 4 if 0xF0 <= b <= 0xF4 else 0)
            if need == 0 or k >= need:
                return 0
            if k >= 2:
                lo, hi = 0x80, 0xBF
                if b == 0xE0:
                    lo = 0xA0
                elif b == 0xED:
                    hi = 0x9F
                elif b == 0xF0:
                    lo = 0x90
                elif b == 0xF4:
                    hi = 0x8F
                if not lo <= data[n - k + 1] <= hi:
                    return 0
            return k
    return 0


def _wide_pending(data, unit, big):
    n = len(data)
    keep = n % unit
    if unit == 2 and n - keep >= 2:
        i = n - keep - 2
        u = (data[i] << 8 | data[i + 1]) if big else (data[i + 1] << 8 | data[i])
        if 0xD800 <= u <= 0xDBFF:
            keep += 2
    return keep


def _escape_pending(data):
    # an escape cut at the end of the chunk: a trailing run of an odd number of
    # backslashes, or \x, \u, \U, \N{ and some of their digits
    n = len(data)
    i = data.rfind(b'\\', max(0, n - 10))
    if i < 0:
        return 0
    j = i
    while j > 0 and data[j - 1] == 0x5c:
        j -= 1
    if (i - j) % 2:
        return 0   # the backslash at i is itself escaped
    tail = data[i:]
    if len(tail) == 1:
        return 1
    need = {0x78: 4, 0x75: 6, 0x55: 10}.get(tail[1])
    if need is not None:
        return len(tail) if len(tail) < need else 0
    if tail[1] == 0x4e and b'}' not in tail:
        k = data.rfind(b'\\N')
        return n - k if n - k < 100 else 0
    return 0


_CANON_UNITS = {'utf-16': 2, 'utf-16-le': 2, 'utf-16-be': 2,
                'utf-32': 4, 'utf-32-le': 4, 'utf-32-be': 4}


def _make_codec(name):
    """The CodecInfo of the C codec `name` (a canonical name)."""

    def enc(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (name.replace('-', '_'), type(input).__name__))
        return (input.encode(name, errors), len(input))

    def dec(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(input) if not isinstance(input, bytes) else input
        return (data.decode(name, errors), len(data))

    class _IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            e = name
            if self._started and name in ('utf-16', 'utf-32', 'utf-8-sig'):
                e = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le',
                     'utf-8-sig': 'utf-8'}[name]
                if name != 'utf-8-sig' and sys.byteorder != 'little':
                    e = e[:-2] + 'be'
            self._started = True
            return input.encode(e, self.errors)

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started else 2

        def setstate(self, state):
            self._started = not state

    class _IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._codec = name

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._codec = name

        def _buffer_decode(self, data, errors, final):
            c = self._codec
            if c in ('utf-16', 'utf-32'):
                unit = _CANON_UNITS[c]
                if len(data) < unit and not final:
                    return ('', 0)
                bom_le = BOM_UTF16_LE if unit == 2 else BOM_UTF32_LE
                bom_be = BOM_UTF16_BE if unit == 2 else BOM_UTF32_BE
                if data.startswith(bom_le):
                    self._codec = c + '-le'
                    data = data[unit:]
                    s, used = self._buffer_decode(data, errors, final)
                    return (s, used + unit)
                if data.startswith(bom_be):
                    self._codec = c + '-be'
                    data = data[unit:]
                    s, used = self._buffer_decode(data, errors, final)
                    return (s, used + unit)
                self._codec = c + ('-le' if sys.byteorder == 'little' else '-be')
                return self._buffer_decode(data, errors, final)
            if c == 'utf-8-sig':
                if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                    return ('', 0)
                self._codec = 'utf-8'
                if data.startswith(BOM_UTF8):
                    s, used = self._buffer_decode(data[3:], errors, final)
                    return (s, used + 3)
                return self._buffer_decode(data, errors, final)
            keep = 0
            if not final:
                if c == 'utf-8':
                    keep = _utf8_pending(data)
                elif c in _CANON_UNITS:
                    keep = _wide_pending(data, _CANON_UNITS[c], c.endswith('be'))
                elif c in ('unicode-escape', 'raw-unicode-escape'):
                    keep = _escape_pending(data)
            used = len(data) - keep
            return (data[:used].decode(c, errors), used)

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(enc)
    _Reader.decode = staticmethod(dec)
    _Reader._incdec = _IncDecoder
    _Writer._incenc = _IncEncoder
    for cls, kind in ((_IncEncoder, 'IncrementalEncoder'),
                      (_IncDecoder, 'IncrementalDecoder'),
                      (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = 'encodings.' + name.replace('-', '_')
    return CodecInfo(enc, dec, _Reader, _Writer, _IncEncoder, _IncDecoder, name=name)


# ---- bytes-to-bytes and str-to-str codecs ---------------------------------------------

def _hex_encode(input, errors='strict'):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _b64_encode(input, errors='strict'):
    import binascii
    return (binascii.b2a_base64(input), len(input))


def _b64_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_base64(input), len(input))


def _rot13(input, errors='strict'):
    import string
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[13:] + lo[:13] + up[13:] + up[:13])
    return (str.translate(input, table), len(input))


_SPECIAL = {
    'hex': ('hex', _hex_encode, _hex_decode), 'hex-codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _b64_encode, _b64_decode),
    'base64-codec': ('base64', _b64_encode, _b64_decode),
    'base-64': ('base64', _b64_encode, _b64_decode),
    'rot13': ('rot-13', _rot13, _rot13), 'rot-13': ('rot-13', _rot13, _rot13),
}

_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


_keys = {}


def _normalize(encoding):
    # as CPython's registry: lower case, each run of characters other than ASCII
    # letters, digits and '.' becomes one '_', none at either end
    key = _keys.get(encoding)
    if key is None:
        out = []
        gap = False
        for c in encoding:
            if c.isascii() and (c.isalnum() or c == '.'):
                if gap and out:
                    out.append('_')
                out.append(c.lower())
                gap = False
            else:
                gap = True
        key = ''.join(out)
        if len(_keys) < 1000:
            _keys[encoding] = key
    return key


def _search_encodings(key):
    # The encodings package is imported only when a name is unknown to the C codecs
    # (start-up never needs it); importing it registers its search function.
    if 'encodings' in sys.modules:
        return None      # its search function was already asked
    try:
        import encodings
    except ImportError:
        return None
    return encodings.search_function(key)


def lookup(encoding):
    """Looks up a codec tuple in the codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for fn in _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                info = CodecInfo(*info)
            _cache[key] = info
            return info
    special = _SPECIAL.get(key.replace('_', '-'))
    if special is not None:
        info = CodecInfo(special[1], special[2], name=special[0], _is_text_encoding=False)
    else:
        try:
            info = _make_codec(_codecs.lookup_name(encoding))
        except LookupError:
            info = _search_encodings(key)
            if info is None:
                raise LookupError("unknown encoding: %s" % encoding) from None
    _cache[key] = info
    return info


def _same_codec(a, b):
    try:
        return lookup(a).name == lookup(b).name
    except Exception:
        return False


def _wrap(exc, what, encoding):
    # as CPython's codec registry: an exception of a plain type (no extra state) is
    # re-raised as the same type with the codec named, chained to the original
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
                        OSError)) or len(exc.args) > 1 \
            or getattr(exc, '__dict__', None):
        return None
    msg = str(exc)
    mark = ' codec failed ('
    if msg.startswith(what + ' with ') and mark in msg and _same_codec(
            msg[len(what) + 7:msg.index(mark) - 1], encoding):
        # the C codec wrapped it already (under the canonical name)
        inner = msg[msg.index(mark) + len(mark):-1]
    else:
        inner = '%s: %s' % (type(exc).__name__, msg)
    try:
        return type(exc)("%s with %r codec failed (%s)" % (what, encoding, inner))
    except Exception:
        return None


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except Exception as e:
        w = _wrap(e, 'encoding', encoding)
        if w is None:
            raise
        raise w from e


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except Exception as e:
        w = _wrap(e, 'decoding', encoding)
        if w is None:
            raise
        raise w from e


def _text_encode(s, encoding, errors):
    # str.encode for a codec the C codecs do not know (called from str_codecs.c)
    if not lookup(encoding)._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to handle "
                          "arbitrary codecs" % encoding)
    r = encode(s, encoding, errors)
    if isinstance(r, bytearray):
        return bytes(r)
    if not isinstance(r, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() "
                        "to encode to arbitrary types" % (encoding, type(r).__name__))
    return r


def _text_decode(b, encoding, errors):
    # bytes.decode for a codec the C codecs do not know (called from str_codecs.c)
    if not lookup(encoding)._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to handle "
                          "arbitrary codecs" % encoding)
    r = decode(b, encoding, errors)
    if not isinstance(r, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() "
                        "to decode to arbitrary types" % (encoding, type(r).__name__))
    return r


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---- streams ------------------------------------------------------------------------

class StreamWriter(Codec):
    _incenc = None

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._enc = self._incenc(errors) if self._incenc is not None else None

    def write(self, object):
        if self._enc is not None:
            data = self._enc.encode(object)
        else:
            data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        if self._enc is not None:
            self._enc.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    _incdec = None

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._pending = ''
        self._dec = self._incdec(errors) if self._incdec is not None else None

    def _more(self, size):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        if self._dec is not None:
            return self._dec.decode(data, final=not data), not data
        return self.decode(data, self.errors)[0], not data

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0:
            chars = size
        while chars < 0 or len(self._pending) < chars:
            text, eof = self._more(size)
            self._pending += text
            if eof:
                break
        if chars < 0:
            out, self._pending = self._pending, ''
        else:
            out, self._pending = self._pending[:chars], self._pending[chars:]
        return out

    def readline(self, size=None, keepends=True):
        eof = False
        while True:
            lines = self._pending.splitlines(True)
            if lines and (len(lines) > 1 or eof
                          or lines[0].endswith(('\n', '\r')) and not lines[0].endswith('\r')
                          or lines[0].endswith('\r') and len(lines[0]) < len(self._pending)):
                line = lines[0]
                self._pending = self._pending[len(line):]
                return line if keepends else line.splitlines()[0]
            if eof:
                return ''
            text, eof = self._more(72)
            self._pending += text

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._pending = ''
        if self._dec is not None:
            self._dec.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


StreamRecoder = None   # not provided (see docs/differences.md)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version
    providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not available in Glass")


# ---- a few of the _codecs functions CPython's codecs module re-exports ----------------

def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return data if isinstance(data, bytes) else bytes(data)


def utf_8_encode(str, errors=None):
    return (str.encode('utf-8', errors or 'strict'), len(str))


def utf_8_decode(data, errors=None, final=False):
    data = _bytes_of(data)
    used = len(data) if final else len(data) - _utf8_pending(data)
    return (data[:used].decode('utf-8', errors or 'strict'), used)


def latin_1_encode(str, errors=None):
    return (str.encode('latin-1', errors or 'strict'), len(str))


def latin_1_decode(data, errors=None):
    data = _bytes_of(data)
    return (data.decode('latin-1', errors or 'strict'), len(data))


def ascii_encode(str, errors=None):
    return (str.encode('ascii', errors or 'strict'), len(str))


def ascii_decode(data, errors=None):
    data = _bytes_of(data)
    return (data.decode('ascii', errors or 'strict'), len(data))


def unicode_escape_encode(str, errors=None):
    return (str.encode('unicode-escape'), len(str))


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _bytes_of(data)
    used = len(data) if final else len(data) - _escape_pending(data)
    return (data[:used].decode('unicode-escape', errors or 'strict'), used)


def raw_unicode_escape_encode(str, errors=None):
    return (str.encode('raw-unicode-escape'), len(str))


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _bytes_of(data)
    used = len(data) if final else len(data) - _escape_pending(data)
    return (data[:used].decode('raw-unicode-escape', errors or 'strict'), used)


_SIMPLE_ESCAPES = {0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 8, 0x66: 12, 0x74: 9,
                   0x6e: 10, 0x72: 13, 0x76: 11, 0x61: 7}


def escape_decode(data, errors=None):
    """Decode the backslash escapes of a bytes literal: (bytes, length consumed)."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _bytes_of(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c:
            out.append(c)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c == 0x0a:
            continue
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            out.append(v & 0xFF)
        elif c == 0x78:
            h = data[i:i + 2]
            if len(h) == 2 and all(b in b'0123456789abcdefABCDEF' for b in h):
                out.append(int(h, 16))
                i += 2
            elif errors in (None, 'strict'):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            elif errors == 'replace':
                out.append(0x3f)
                while i < n and data[i] in b'0123456789abcdefABCDEF':
                    i += 1
            elif errors == 'ignore':
                while i < n and data[i] in b'0123456789abcdefABCDEF':
                    i += 1
            else:
                raise ValueError("decoding error; unknown error handling code: %s" % errors)
        else:
            out.append(0x5c)
            out.append(c)
    return (bytes(out), n)


def escape_encode(data, errors=None):
    """Escape bytes as repr() of bytes does, without the quotes: (bytes, length)."""
    data = _bytes_of(data)
    r = repr(data)
    body = r[2:-1]
    if r[1] == '"':
        body = body.replace('"', '\\"')  # repr chose "..." quoting; escape_encode keeps '\''
    body = body.replace("\\'", "'") if r[1] == "'" else body
    return (body.replace("'", "\\'").encode('ascii'), len(data))
