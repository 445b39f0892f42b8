"""The TOML 1.0.0 parser behind tomllib (Glass's own implementation).

The document is scanned left to right by a _Parser object that keeps a position into
the source text.  Errors are TOMLDecodeError instances whose message ends with the
place of the problem: "(at line L, column C)" or "(at end of document)".

Table bookkeeping:
  * `_declared`  key paths of tables opened by a [header], and of tables implicitly
                 made by dotted keys once a later header ends their section; such
                 tables cannot be declared again.
  * `_sealed`    key paths of inline tables and arrays given as values: nothing
                 below them may be added to.
  * `_pending`   dotted-key tables of the current section, moved to `_declared` at
                 the next header.
"""

import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


# ---- character classes -------------------------------------------------------------

_CTRL = frozenset([chr(i) for i in range(32)] + [chr(127)])
_BAD_IN_LINE = _CTRL - {"\t"}              # one-line strings and comments
_BAD_IN_MULTILINE = _CTRL - {"\t", "\n"}   # multi-line strings
_BLANK = frozenset(" \t")
_BLANK_NL = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_SIMPLE_ESCAPES = {
    "b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\",
}

# ---- value patterns ------------------------------------------------------------------

_TIME = (r"(?P<h>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9]):(?P<s>[0-5][0-9])"
         r"(?:\.(?P<frac>[0-9]{1,6})[0-9]*)?")
_DATETIME_RE = re.compile(
    r"(?P<y>[0-9]{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME +
    r"(?:(?P<z>[Zz])|(?P<sign>[+-])(?P<oh>[01][0-9]|2[0-3]):(?P<om>[0-5][0-9]))?)?")
_TIME_RE = re.compile(_TIME)
_NUMBER_RE = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|o[0-7](?:_?[0-7])*|b[01](?:_?[01])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<fl>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_SPECIAL_FLOATS = ("inf", "nan", "+inf", "+nan", "-inf", "-nan")

_offsets = {}


def _offset_zone(sign, hours, minutes):
    spec = (sign, hours, minutes)
    tz = _offsets.get(spec)
    if tz is None:
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        tz = timezone(-delta if sign == "-" else delta)
        _offsets[spec] = tz
    return tz


def _micro(frac):
    return int((frac + "00000")[:6]) if frac else 0


# ---- public functions ----------------------------------------------------------------

def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document given as a str and return it as a dict."""
    # TOML lets a parser read CRLF as LF everywhere, strings included.
    text = s.replace("\r\n", "\n")
    if parse_float is not float:
        user_float = parse_float

        def parse_float(literal):
            value = user_float(literal)
            if isinstance(value, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return value
    return _Parser(text, parse_float).document()


# ---- the parser ------------------------------------------------------------------------

def _descend(root, path, into_arrays=True):
    """Return the table at `path` below `root`, making missing tables on the way.
    Raises KeyError when something other than a table (or, with `into_arrays`, an
    array whose last item is a table) is in the way."""
    node = root
    for part in path:
        if part not in node:
            node[part] = {}
        node = node[part]
        if into_arrays and type(node) is list:
            node = node[-1]
        if type(node) is not dict:
            raise KeyError(part)
    return node


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.end = len(src)
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self._declared = set()
        self._sealed = set()
        self._pending = []

    # -- errors -------------------------------------------------------------------
    def error(self, message, pos=None):
        if pos is None:
            pos = self.pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                col = pos + 1
            else:
                col = pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (message, where))

    # -- low-level scanning ----------------------------------------------------------
    def peek(self):
        pos = self.pos
        return self.src[pos] if pos < self.end else None

    def skip(self, chars):
        src, pos, end = self.src, self.pos, self.end
        while pos < end and src[pos] in chars:
            pos += 1
        self.pos = pos

    def scan_to(self, terminator, forbidden, must_find):
        """Return the index of the next `terminator` (end of text if absent and not
        `must_find`), checking that no `forbidden` character comes before it."""
        src, start = self.src, self.pos
        stop = src.find(terminator, start)
        if stop < 0:
            if must_find:
                raise self.error("Expected %r" % terminator, self.end)
            stop = self.end
        for i in range(start, stop):
            if src[i] in forbidden:
                raise self.error("Found invalid character %r" % src[i], i)
        return stop

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.pos = self.scan_to("\n", _BAD_IN_LINE, False)

    def skip_array_space(self):
        while True:
            before = self.pos
            self.skip(_BLANK_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- sealed/declared tables ------------------------------------------------------
    def is_sealed(self, path):
        sealed = self._sealed
        for n in range(1, len(path) + 1):
            if path[:n] in sealed:
                return True
        return False

    def forget_below(self, path):
        n = len(path)
        self._declared = {p for p in self._declared if p[:n] != path}
        self._sealed = {p for p in self._sealed if p[:n] != path}

    def flush_pending(self):
        self._declared.update(self._pending)
        self._pending.clear()

    # -- document structure ------------------------------------------------------------
    def document(self):
        section = ()
        while True:
            self.skip(_BLANK)
            ch = self.peek()
            if ch is None:
                break
            if ch == "\n":
                self.pos += 1
                continue
            if ch in _KEY_START:
                self.assignment(section)
                self.skip(_BLANK)
            elif ch == "[":
                self.flush_pending()
                if self.src.startswith("[[", self.pos):
                    section = self.array_header()
                else:
                    section = self.table_header()
                self.skip(_BLANK)
            elif ch != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            ch = self.peek()
            if ch is None:
                break
            if ch != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.root

    def table_header(self):
        self.pos += 1
        self.skip(_BLANK)
        path = self.key()
        if path in self._declared or self.is_sealed(path):
            raise self.error("Cannot declare %s twice" % (path,))
        self._declared.add(path)
        try:
            _descend(self.root, path)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return path

    def array_header(self):
        self.pos += 2
        self.skip(_BLANK)
        path = self.key()
        if self.is_sealed(path):
            raise self.error("Cannot mutate immutable namespace %s" % (path,))
        self.forget_below(path)
        self._declared.add(path)
        try:
            parent = _descend(self.root, path[:-1])
            last = path[-1]
            if last in parent:
                items = parent[last]
                if type(items) is not list:
                    raise KeyError(last)
                items.append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return path

    def assignment(self, section):
        path, value = self.key_value()
        parent = section + path[:-1]
        for n in range(1, len(path)):
            prefix = section + path[:n]
            if prefix in self._declared:
                raise self.error("Cannot redefine namespace %s" % (prefix,))
            self._pending.append(prefix)
        if self.is_sealed(parent):
            raise self.error("Cannot mutate immutable namespace %s" % (parent,))
        try:
            table = _descend(self.root, parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        name = path[-1]
        if name in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self._sealed.add(section + path)
        table[name] = value

    def key_value(self):
        path = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_BLANK)
        return path, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_BLANK)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_BLANK)
            parts.append(self.key_part())
            self.skip(_BLANK)
        return tuple(parts)

    def key_part(self):
        ch = self.peek()
        if ch is not None and ch in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if ch == "'":
            return self.literal_string()
        if ch == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- values ---------------------------------------------------------------------
    def value(self):
        src, pos = self.src, self.pos
        ch = src[pos] if pos < self.end else None
        if ch == '"':
            if src.startswith('"""', pos):
                return self.multiline_string('"')
            self.pos += 1
            return self.basic_string(False)
        if ch == "'":
            if src.startswith("'''", pos):
                return self.multiline_string("'")
            return self.literal_string()
        if ch == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if ch == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if ch == "[":
            return self.array()
        if ch == "{":
            return self.inline_table()
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                result = self.make_datetime(m)
            except ValueError as exc:
                raise self.error("Invalid date or datetime") from exc
            self.pos = m.end()
            return result
        m = _TIME_RE.match(src, pos)
        if m:
            self.pos = m.end()
            return time(int(m["h"]), int(m["mi"]), int(m["s"]), _micro(m["frac"]))
        m = _NUMBER_RE.match(src, pos)
        if m:
            self.pos = m.end()
            if m["fl"]:
                return self.parse_float(m.group())
            return int(m.group(), 0)
        for word in _SPECIAL_FLOATS:
            if src.startswith(word, pos):
                self.pos = pos + len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    @staticmethod
    def make_datetime(m):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if m["h"] is None:
            return date(y, mo, d)
        if m["sign"]:
            tz = _offset_zone(m["sign"], m["oh"], m["om"])
        elif m["z"]:
            tz = timezone.utc
        else:
            tz = None
        return datetime(y, mo, d, int(m["h"]), int(m["mi"]), int(m["s"]),
                        _micro(m["frac"]), tzinfo=tz)

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_space()
            ch = self.peek()
            if ch == "]":
                self.pos += 1
                return items
            if ch != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
            if self.peek() == "]":
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        sealed = set()
        self.skip(_BLANK)
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            path, value = self.key_value()
            for n in range(1, len(path) + 1):
                if path[:n] in sealed:
                    raise self.error("Cannot mutate immutable namespace %s" % (path,))
            try:
                parent = _descend(table, path[:-1], into_arrays=False)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            name = path[-1]
            if name in parent:
                raise self.error("Duplicate inline table key %r" % (name,))
            parent[name] = value
            self.skip(_BLANK)
            ch = self.peek()
            if ch == "}":
                self.pos += 1
                return table
            if ch != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                sealed.add(path)
            self.pos += 1
            self.skip(_BLANK)

    # -- strings ----------------------------------------------------------------------
    def literal_string(self):
        self.pos += 1
        start = self.pos
        stop = self.scan_to("'", _BAD_IN_LINE, True)
        self.pos = stop + 1
        return self.src[start:stop]

    def multiline_string(self, quote):
        self.pos += 3
        if self.src.startswith("\n", self.pos):
            self.pos += 1
        if quote == "'":
            start = self.pos
            stop = self.scan_to("'''", _BAD_IN_MULTILINE, True)
            text = self.src[start:stop]
            self.pos = stop + 3
        else:
            text = self.basic_string(True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if not self.src.startswith(quote, self.pos):
                break
            self.pos += 1
            text += quote
        return text

    def basic_string(self, multiline):
        """Parse a basic string whose opening quote(s) were already consumed."""
        src, end = self.src, self.end
        forbidden = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        pieces = []
        pos = start = self.pos
        while True:
            if pos >= end:
                raise self.error("Unterminated string", pos)
            ch = src[pos]
            if ch == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(pieces)
                pos += 1
            elif ch == "\\":
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                pos = start = self.pos
            elif ch in forbidden:
                raise self.error("Illegal character %r" % ch, pos)
            else:
                pos += 1

    def escape(self, multiline):
        src = self.src
        code = src[self.pos + 1:self.pos + 2]
        self.pos += 2
        if multiline and code in (" ", "\t", "\n"):
            # A line-ending backslash eats the newline and following whitespace.
            if code != "\n":
                self.skip(_BLANK)
                ch = self.peek()
                if ch is None:
                    return ""
                if ch != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_BLANK_NL)
            return ""
        if code == "u":
            return self.hex_char(4)
        if code == "U":
            return self.hex_char(8)
        try:
            return _SIMPLE_ESCAPES[code]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None

    def hex_char(self, width):
        digits = self.src[self.pos:self.pos + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.error("Invalid hex value")
        self.pos += width
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(code)
