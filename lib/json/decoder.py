"""json.decoder - the JSON parser: JSONDecoder and JSONDecodeError.

Implements: JSONDecoder (decode, raw_decode; object_hook, object_pairs_hook,
parse_float, parse_int, parse_constant, strict) as a recursive-descent parser with
CPython's error messages and positions, and JSONDecodeError (msg, doc, pos, lineno,
colno).  The scanner is _json.make_scanner (C) when available, else py_make_scanner
below; decoder.scan_once(s, idx) returns (value, end) or raises StopIteration(idx);
scanstring (C) / py_scanstring.  Leaves out: the parse_object/parse_array/
parse_string/memo attributes of decoders.
"""

try:
    from _json import scanstring as _c_scanstring
except ImportError:
    _c_scanstring = None
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """The ValueError raised for malformed JSON.

    Attributes: msg (the message without position), doc (the text parsed), pos
    (index of the failure in doc), lineno and colno (1-based line and column of
    pos).  str() gives 'msg: line L column C (char P)'."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
            'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _NoValue(Exception):
    # Raised by the scanner when no JSON value starts at .pos.
    def __init__(self, pos):
        self.pos = pos


class _Scanner:
    """One parse of one document: the options of the decoder plus the text."""

    def __init__(self, decoder):
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.strict = decoder.strict
        self.memo = {}

    def value(self, s, i):
        # Parse one value starting exactly at s[i]; return (value, end).
        try:
            c = s[i]
        except IndexError:
            raise _NoValue(i) from None
        if c == '"':
            return self.string(s, i + 1)
        if c == '{':
            return self.object(s, i + 1)
        if c == '[':
            return self.array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        if c == '-' or c in _DIGITS:
            return self.number(s, i)
        raise _NoValue(i)

    def number(self, s, i):
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i >= n or s[i] not in _DIGITS:
            raise _NoValue(start)
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, s, i):
        # s[i-1] is the opening quote.
        if _c_scanstring is not None:
            return _c_scanstring(s, i, self.strict)
        return self._py_string(s, i)

    def _py_string(self, s, i):
        begin = i - 1
        n = len(s)
        parts = []
        while True:
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == '\\':
                    break
                if c < ' ' and self.strict:
                    raise JSONDecodeError("Invalid control character at", s, j)
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if j > i:
                parts.append(s[i:j])
            if s[j] == '"':
                return ''.join(parts), j + 1
            # A backslash escape.
            j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            e = s[j]
            if e != 'u':
                try:
                    parts.append(_ESCAPES[e])
                except KeyError:
                    raise JSONDecodeError("Invalid \\escape", s, j - 1) from None
                i = j + 1
                continue
            code = self._hex4(s, j + 1, j)
            i = j + 5
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                low = self._hex4(s, i + 2, i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            parts.append(chr(code))

    def _hex4(self, s, i, esc_pos):
        h = s[i:i + 4]
        if len(h) != 4 or not all(c in _HEX for c in h):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, esc_pos)
        return int(h, 16)

    def object(self, s, i):
        # s[i-1] is '{'.
        pairs = []
        memo = self.memo
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == '}':
            return self._make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(s, i + 1)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self.value(s, i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == '}':
                return self._make_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, s, i):
        # s[i-1] is '['.
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self.value(s, i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)


def py_make_scanner(context):
    """The pure-Python scan_once(string, idx) -> (value, end) for a decoder."""
    def scan_once(string, idx):
        try:
            return _Scanner(context).value(string, idx)
        except _NoValue as err:
            raise StopIteration(err.pos) from None
    return scan_once


make_scanner = c_make_scanner or py_make_scanner


def py_scanstring(s, end, strict=True):
    """Scan the JSON string literal whose opening quote is s[end - 1]; return
    (str, index after the closing quote)."""
    scanner = _Scanner.__new__(_Scanner)
    scanner.strict = strict
    return scanner._py_string(s, end)


scanstring = _c_scanstring or py_scanstring


class JSONDecoder(object):
    """Parser of JSON text into Python values.

    Objects become dicts, arrays lists, strings str, numbers int or float (by
    whether they have a fraction or exponent), true/false/null True/False/None.
    The non-standard NaN, Infinity and -Infinity are accepted as floats."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """object_hook is called with each decoded dict, object_pairs_hook with
        each object's list of (key, value) pairs (and wins over object_hook);
        parse_float, parse_int and parse_constant receive the text of numbers
        and of NaN/Infinity/-Infinity; strict=False allows control characters
        inside strings."""
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Parse the str s, which must hold exactly one JSON value (whitespace
        around it is allowed), and return it."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Parse one JSON value starting at s[idx]; return (value, end index).

        Text after the value is left alone, so this can read a value from the
        front of a longer string."""
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
