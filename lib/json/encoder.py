"""json.encoder - the JSON serializer: JSONEncoder.

Implements: JSONEncoder (skipkeys, ensure_ascii, check_circular, allow_nan,
sort_keys, indent as int or str, separators, default) with encode() and
iterencode(), and the string escapers encode_basestring and
encode_basestring_ascii (\\uXXXX escapes, surrogate pairs for characters past
U+FFFF).  Encoding runs in C (_json.make_encoder, also with indent) when available;
the pure-Python _Writer is the fallback.
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

_SHORT_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}


def _u_escape(c):
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept as is)."""
    out = []
    start = 0
    for i, c in enumerate(s):
        if c < ' ' or c == '"' or c == '\\':
            if i > start:
                out.append(s[start:i])
            e = _SHORT_ESCAPES.get(c)
            out.append(e if e is not None else _u_escape(c))
            start = i + 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii():
        return encode_basestring(s)
    out = []
    start = 0
    for i, c in enumerate(s):
        if c < ' ' or c > '~' or c == '"' or c == '\\':
            if i > start:
                out.append(s[start:i])
            e = _SHORT_ESCAPES.get(c)
            out.append(e if e is not None else _u_escape(c))
            start = i + 1
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
try:
    from _json import encode_basestring, encode_basestring_ascii
except ImportError:
    pass


class JSONEncoder(object):
    """Serializer of Python values to JSON text.

    dicts become objects, lists and tuples arrays, str strings, int and float
    numbers, True/False/None true/false/null (subclasses of these types too).
    For anything else default(o) is called; override it in a subclass (or pass
    default=) to return a serializable replacement, and call the base method to
    raise the TypeError."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Set the options; all are keyword-only.

        skipkeys drops dict keys that are not str, int, float, bool or None;
        ensure_ascii escapes non-ASCII characters; check_circular detects
        reference cycles; allow_nan permits NaN and infinities; sort_keys
        sorts dict items by key; indent (an int or a string) pretty-prints with that indentation;
        separators is an (item_separator, key_separator) tuple, by default
        (', ', ': ') or (',', ': ') when indent is given; default is called for
        objects that cannot otherwise be serialized."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (the default)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text for o as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over pieces of the JSON text for o."""
        if c_make_encoder is not None:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            _iterencode = c_make_encoder(
                {} if self.check_circular else None, self.default,
                encode_basestring_ascii if self.ensure_ascii else encode_basestring,
                indent, self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
            chunks = _iterencode(o, 0)
            return chunks if _one_shot else iter(chunks)
        out = []
        _Writer(self).value(o, 0, out)
        if _one_shot:
            return out
        return iter(out)


class _Writer:
    """The state of one encode() call: options, markers for cycle detection."""

    def __init__(self, enc):
        self.enc = enc
        self.markers = {} if enc.check_circular else None
        self.escape = (encode_basestring_ascii if enc.ensure_ascii
                       else encode_basestring)
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def value(self, o, level, out):
        if isinstance(o, str):
            out.append(self.escape(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level, out)
        elif isinstance(o, dict):
            self.object(o, level, out)
        else:
            mark = self._enter(o)
            self.value(self.enc.default(o), level, out)
            self._leave(mark)

    def _enter(self, o):
        if self.markers is None:
            return None
        mark = id(o)
        if mark in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[mark] = o
        return mark

    def _leave(self, mark):
        if mark is not None:
            del self.markers[mark]

    def _open(self, level, out):
        # Return the separator between items at this nesting level.
        if self.indent is None:
            return self.item_sep
        nl = '\n' + self.indent * (level + 1)
        out.append(nl)
        return self.item_sep + nl

    def _close(self, level, out):
        if self.indent is not None:
            out.append('\n' + self.indent * level)

    def array(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        mark = self._enter(lst)
        out.append('[')
        sep = self._open(level, out)
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self.value(v, level + 1, out)
        self._close(level, out)
        out.append(']')
        self._leave(mark)

    def object(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        mark = self._enter(dct)
        out.append('{')
        sep = self._open(level, out)
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, v in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.escape(key))
            out.append(self.key_sep)
            self.value(v, level + 1, out)
        self._close(level, out)
        out.append('}')
        self._leave(mark)
