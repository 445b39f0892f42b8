"""json.encoder - the JSON serializer: JSONEncoder.

Implements: JSONEncoder (skipkeys, ensure_ascii, check_circular, allow_nan,
sort_keys, indent as int or str, separators, default) with encode() and
iterencode(), and the string escapers encode_basestring and
encode_basestring_ascii (\\uXXXX escapes, surrogate pairs for characters past
U+FFFF).  Encoding runs in C (_json.make_encoder, also with indent) when available;
iterencode() outside encode() yields CPython's pieces from a generator.
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
        """Return an iterator over pieces of the JSON text for o.

        encode() (one shot) runs the C encoder; otherwise, as CPython does, the
        pieces come from a generator, in CPython's pieces: json.dump writes them one
        by one, and an error stops the output where it occurs."""
        # CPython encodes with indent in Python, whose NaN error names the value;
        # Glass's C encoder does indent too, unless that message can occur.
        if (_one_shot and c_make_encoder is not None
                and (self.indent is None or self.allow_nan)):
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            _iterencode = c_make_encoder(
                {} if self.check_circular else None, self.default,
                encode_basestring_ascii if self.ensure_ascii else encode_basestring,
                indent, self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
            return _iterencode(o, 0)
        return _Chunks(self).value(o, 0)


class _Chunks:
    """The state of one iterencode() call; value() is a generator of pieces.

    Pieces: a scalar alone; '[' joined to a list's first scalar item and each
    separator joined to the next scalar item (separator and opening bracket stand
    alone before a nested container); '{', each key, the key separator and each
    scalar value as separate pieces; closing brackets alone."""

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
            raise ValueError("Out of range float values are not JSON compliant: "
                             + repr(o))
        return text

    def scalar(self, o):
        # The text of a str/None/bool/int/float, or None for anything else.
        if isinstance(o, str):
            return self.escape(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            mark = self._enter(o)
            yield from self.value(self.enc.default(o), level)
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

    def array(self, lst, level):
        if not lst:
            yield '[]'
            return
        mark = self._enter(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            buf += newline
        else:
            newline = None
            sep = self.item_sep
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(v)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.value(v, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self._leave(mark)

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        mark = self._enter(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            yield newline
        else:
            newline = None
            sep = self.item_sep
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
                yield sep
            yield self.escape(key)
            yield self.key_sep
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.value(v, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self._leave(mark)
