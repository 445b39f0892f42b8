"""Support for regular expressions (Glass).

Implements CPython 3.11's `re` API on the PCRE2 engine of the C module `_re`:
compile (with a cache), search, match, fullmatch, findall, finditer, sub, subn, split,
escape, purge, the flags (I, M, S, X, A, U, L, T, DEBUG, NOFLAG) combinable with |,
the Pattern and Match objects and re.error with CPython's messages for the common
syntax errors (bad escape, unbalanced parenthesis, missing ), unterminated character
set, nothing to repeat, multiple repeat, bad group names and references...).

Python's pattern syntax is translated to PCRE2's here: \\Z becomes \\z, \\v the
vertical tab, \\xhh/\\uXXXX/\\UXXXXXXXX/\\N{name} and octal escapes become \\x{...},
back references become \\g{n}, {,n} becomes {0,n}, inline global flags become compile
options and verbose mode is stripped before PCRE2 sees the pattern. str patterns match
with Unicode semantics (PCRE2_UTF|PCRE2_UCP), re.ASCII and bytes patterns with ASCII
ones. Spans are in characters: _re maps PCRE2's byte offsets back. The Pattern
methods are thin wrappers over single _re calls (the match loops of findall,
finditer, split and sub run in C, patterns are JIT-compiled) and Match subclasses
the C _re.Match, which holds the offsets and answers group(), span() and friends.

Left out / different: re.DEBUG output, re.LOCALE (accepted for bytes, ignored),
Scanner, the exact repetition limits and a few rarely seen error messages (PCRE2's
text is used for them); \\w/\\s follow PCRE2's Unicode classes, which differ from
str.isalnum()/str.isspace() for a handful of characters; Match.lastindex is derived
from the group spans and the group nesting.
"""

import enum
import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    """The flags of compile(), combinable with |."""
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value or not names:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = object.__str__


_FLAG_NAMES = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
               ('ASCII', 256)]

NOFLAG = RegexFlag.NOFLAG
T = TEMPLATE = RegexFlag.TEMPLATE
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
U = UNICODE = RegexFlag.UNICODE
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
A = ASCII = RegexFlag.ASCII

_MAXCACHE = 512
_MAXSIZE = 2 ** 63 - 1      # sys.maxsize: endpos's default (None is a TypeError)
_cache = {}


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern
    where compilation failed, or None), lineno and colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'

# ---- pattern translation: Python syntax -> PCRE2 syntax ----

_FLAG_LETTERS = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'u': 32}
_SIMPLE_ESCAPES = {'a': '\\x{07}', 'f': '\\x{0c}', 'n': '\\x{0a}', 'r': '\\x{0d}',
                   't': '\\x{09}', 'v': '\\x{0b}', '\\': '\\x{5c}'}
_CATEGORIES = 'dDsSwW'
# CPython 3.11's \B never matches when the string (up to endpos) is empty.
_AT_ESCAPES = {'A': '\\A', 'Z': '\\z', 'b': '\\b', 'B': '(?:\\B(?!\\A\\z))'}
# str.isspace code points, and their complement, as PCRE2 class contents.
_UNI_SPACE = ('\\x{09}-\\x{0d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}'
              '\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}')
_UNI_NONSPACE = ('\\x{00}-\\x{08}\\x{0e}-\\x{1b}\\x{21}-\\x{84}\\x{86}-\\x{9f}\\x{a1}-\\x{167f}'
                 '\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}'
                 '\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}\\x{3001}-\\x{10ffff}')
_HEX = '0123456789abcdefABCDEF'
_OCT = '01234567'
_DIGITS = '0123456789'
_WHITESPACE = ' \t\n\r\v\f'


class _Translator:
    """One pass over a Python pattern (as str; bytes are latin-1 decoded)."""

    def __init__(self, pattern, text, flags, is_str):
        self.pattern = pattern      # the original (for error messages)
        self.s = text
        self.flags = flags
        self.is_str = is_str
        self.out = []
        self.ngroups = 0
        self.names = {}
        self.parents = [0]          # parents[g]: enclosing group of group g (0: none)
        self.stack = []             # open parens: (position, group number or 0)
        self.closed = set()
        self.vscoped = None         # verbose inside scoped flag groups (None: global)
        self.vrestore = {}          # paren depth -> vscoped to restore at its ')'
        self.lookaround = False     # a lookahead/lookbehind was emitted
        self.caret = False          # a '^' was emitted

    def err(self, msg, pos):
        raise error(msg, self.pattern, pos)

    def verbose(self):
        if self.vscoped is not None:
            return self.vscoped         # inside (?x:...) or (?-x:...)
        return self.flags & 64

    def run(self):
        s = self.s
        n = len(s)
        i = 0
        prev = 'none'               # 'none', 'atom', 'quant', 'mod'
        while i < n:
            c = s[i]
            if self.verbose() and c in _WHITESPACE:
                i += 1
                continue
            if self.verbose() and c == '#':
                while i < n and s[i] != '\n':
                    i += 1
                continue
            if c == '\\':
                i, kind = self.escape(i)
                prev = kind
            elif c == '[':
                i = self.char_class(i)
                prev = 'atom'
            elif c == '(':
                i, prev = self.open_paren(i)
            elif c == ')':
                if not self.stack:
                    self.err('unbalanced parenthesis', i)
                pos, g = self.stack.pop()
                if len(self.stack) in self.vrestore:
                    self.vscoped = self.vrestore.pop(len(self.stack))
                if g:
                    self.closed.add(g)
                self.out.append(')')
                i += 1
                prev = 'atom'
            elif c == '|':
                self.out.append('|')
                i += 1
                prev = 'none'
            elif c in '?+' and prev == 'quant':
                self.out.append(c)      # lazy or possessive modifier
                i += 1
                prev = 'mod'
            elif c in '*+?{':
                j = self.quantifier(i)
                if j == i:      # a '{' that is not a repeat: a literal
                    self.out.append('\\{')
                    i += 1
                    prev = 'atom'
                    continue
                if prev == 'none':
                    self.err('nothing to repeat', i)
                if prev in ('quant', 'mod'):
                    self.err('multiple repeat', i)
                i = j
                prev = 'quant'
            elif c in '^$':
                if c == '^':
                    self.caret = True
                self.out.append(c)
                i += 1
                prev = 'none'
            elif c == '.':
                self.out.append('.')
                i += 1
                prev = 'atom'
            else:
                self.literal(c)
                i += 1
                prev = 'atom'
        if self.stack:
            self.err('missing ), unterminated subpattern', self.stack[-1][0])
        return ''.join(self.out)

    def literal(self, c):
        o = ord(c)
        if c.isalnum() and o < 128 or c == '_' or c in ' ,-=<>!:;"\'/@%&~`':
            self.out.append(c)
        elif o >= 128 and self.is_str:
            self.out.append(c)
        else:
            self.out.append('\\x{%x}' % o)

    def quantifier(self, i):
        # Emit the repeat at i and return the index after it (i if it is not one).
        s = self.s
        c = s[i]
        if c != '{':
            self.out.append(c)
            return i + 1
        j = i + 1
        lo_start = j
        while j < len(s) and s[j] in _DIGITS:
            j += 1
        lo = s[lo_start:j]
        hi = None
        if j < len(s) and s[j] == ',':
            j += 1
            hs = j
            while j < len(s) and s[j] in _DIGITS:
                j += 1
            hi = s[hs:j]
        if j >= len(s) or s[j] != '}' or (j == i + 1):
            return i
        if lo and hi and int(lo) > int(hi):
            self.err('min repeat greater than max repeat', lo_start)
        if hi is None:
            self.out.append('{%s}' % lo)
        else:
            self.out.append('{%s,%s}' % (lo or '0', hi))
        return j + 1

    def group_name(self, i, end_char):
        # Read a group name starting at i up to end_char; returns (name, index after).
        s = self.s
        j = s.find(end_char, i)
        if j < 0:
            if i >= len(s):
                self.err('missing group name', i)
            self.err('missing %s, unterminated name' % end_char, i)
        name = s[i:j]
        if not name:
            self.err('missing group name', i)
        if not name.isidentifier():
            self.err('bad character in group name %r' % name, i)
        return name, j + 1

    def open_paren(self, i):
        s = self.s
        n = len(s)
        if i + 1 < n and s[i + 1] == '?':
            if i + 2 >= n:
                self.err('unexpected end of pattern', i + 2)
            c = s[i + 2]
            if c == 'P':
                if i + 3 >= n:
                    self.err('unexpected end of pattern', i + 3)
                d = s[i + 3]
                if d == '<':
                    name, j = self.group_name(i + 4, '>')
                    self.ngroups += 1
                    if name in self.names:
                        self.err("redefinition of group name %r as group %d; was group %d"
                                 % (name, self.ngroups, self.names[name]), i + 4)
                    self.names[name] = self.ngroups
                    self.new_group(i)
                    self.out.append('(?P<%s>' % name)
                    return j, 'none'
                if d == '=':
                    name, j = self.group_name(i + 4, ')')
                    if name not in self.names:
                        self.err('unknown group name %r' % name, i + 4)
                    if self.names[name] not in self.closed:
                        self.err('cannot refer to an open group', i + 4)
                    self.out.append('(?P=%s)' % name)
                    return j, 'atom'
                self.err('unknown extension ?P' + d, i + 1)
            if c in ':=!>':
                if c in '=!':
                    self.lookaround = True
                self.stack.append((i, 0))
                self.out.append('(?' + c)
                return i + 3, 'none'
            if c == '<':
                if i + 3 < n and s[i + 3] in '=!':
                    self.lookaround = True
                    self.stack.append((i, 0))
                    self.out.append('(?<' + s[i + 3])
                    return i + 4, 'none'
                if i + 3 >= n:
                    self.err('unexpected end of pattern', i + 3)
                self.err('unknown extension ?<' + s[i + 3], i + 1)
            if c == '#':
                j = s.find(')', i + 3)
                if j < 0:
                    self.err('missing ), unterminated comment', i)
                return j + 1, 'none' if not self.out else 'atom'
            if c == '(':
                j = s.find(')', i + 3)
                if j < 0:
                    self.err('missing ), unterminated name', i + 3)
                cond = s[i + 3:j]
                if cond.isdigit():
                    if int(cond) > self.ngroups:
                        self.err('invalid group reference %s' % cond, i + 3)
                elif not cond.isidentifier():
                    self.err('bad character in group name %r' % cond, i + 3)
                elif cond not in self.names:
                    self.err('unknown group name %r' % cond, i + 3)
                self.stack.append((i, 0))
                self.out.append('(?(%s)' % (cond if cond.isdigit() else '<%s>' % cond))
                return j + 1, 'none'
            if c in _FLAG_LETTERS or c == '-':
                return self.inline_flags(i)
            self.err('unknown extension ?' + c, i + 1)
        self.ngroups += 1
        self.new_group(i)
        self.out.append('(')
        return i + 1, 'none'

    def new_group(self, i):
        parent = 0
        for pos, g in reversed(self.stack):
            if g:
                parent = g
                break
        self.parents.append(parent)
        self.stack.append((i, self.ngroups))

    def inline_flags(self, i):
        s = self.s
        j = i + 2
        on = ''
        while j < len(s) and s[j] in _FLAG_LETTERS:
            ch = s[j]
            on += ch
            j += 1
            if ch == 'L' and self.is_str:
                self.err("bad inline flags: cannot use 'L' flag with a str pattern", j)
            if ch == 'u' and not self.is_str:
                self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", j)
            if sum(c in on for c in 'auL') > 1:
                self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", j)
        off = ''
        if j < len(s) and s[j] == '-':
            j += 1
            while j < len(s) and s[j] in _FLAG_LETTERS:
                off += s[j]
                j += 1
                if off[-1] in 'auL':
                    self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", j)
        if j >= len(s):
            self.err('missing -, : or )', j)
        if s[j] == ')' and not off:
            if self.out or self.stack:
                self.err('global flags not at the start of the expression', i)
            if 'a' in on and self.is_str and self.implicit_unicode:
                self.flags &= ~32       # the implicit UNICODE of a str pattern
            for ch in on:
                self.flags |= _FLAG_LETTERS[ch]
            return j + 1, 'none'
        if s[j] != ':':
            self.err('missing -, : or )' if not off else 'missing :', j)
        keep = ''.join(ch for ch in on if ch in 'ims')
        drop = ''.join(ch for ch in off if ch in 'ims')
        if 'x' in on or 'x' in off:     # whitespace and comments: done here
            self.vrestore[len(self.stack)] = self.vscoped
            self.vscoped = 'x' in on
        self.stack.append((i, 0))
        self.out.append('(?%s%s:' % (keep, '-' + drop if drop else ''))
        return j + 1, 'none'

    def escape(self, i, in_class=False):
        # Translate the escape at i; returns (index after, kind of item).
        s = self.s
        if i + 1 >= len(s):
            self.err('bad escape (end of pattern)', i)
        c = s[i + 1]
        if c in _SIMPLE_ESCAPES:
            self.out.append(_SIMPLE_ESCAPES[c])
            return i + 2, 'atom'
        if c in _CATEGORIES:
            if c in 'sS' and self.is_str and not self.flags & 256:
                # Python's Unicode whitespace (str.isspace) is not PCRE2's: it has
                # the separators \x1c-\x1f and lacks U+180E. Spelled out.
                if in_class:
                    self.out.append(_UNI_SPACE if c == 's' else _UNI_NONSPACE)
                else:
                    self.out.append('[%s]' % _UNI_SPACE if c == 's'
                                    else '[^%s]' % _UNI_SPACE)
                return i + 2, 'atom'
            self.out.append('\\' + c)
            return i + 2, 'atom'
        if c in _AT_ESCAPES:
            if in_class:
                if c == 'b':
                    self.out.append('\\x{08}')
                    return i + 2, 'atom'
                self.err('bad escape \\' + c, i)
            self.out.append(_AT_ESCAPES[c])
            return i + 2, 'none'
        if c == 'x':
            h = s[i + 2:i + 4]
            if len(h) < 2 or h[0] not in _HEX or h[1] not in _HEX:
                k = 1 if h[:1] and h[0] in _HEX else 0
                self.err('incomplete escape \\x' + h[:k], i)
            self.out.append('\\x{%s}' % h)
            return i + 4, 'atom'
        if c in 'uU' and self.is_str:
            size = 4 if c == 'u' else 8
            h = s[i + 2:i + 2 + size]
            if len(h) < size or any(ch not in _HEX for ch in h):
                k = 0
                while k < len(h) and h[k] in _HEX:
                    k += 1
                self.err('incomplete escape \\%s%s' % (c, h[:k]), i)
            if int(h, 16) > 0x10FFFF:
                self.err('bad escape \\%s%s' % (c, h), i)
            self.out.append('\\x{%s}' % h)
            return i + 2 + size, 'atom'
        if c == 'N' and self.is_str:
            if i + 2 >= len(s) or s[i + 2] != '{':
                self.err('missing {', i + 2)
            j = s.find('}', i + 3)
            if j < 0 or j == i + 3:
                self.err('missing character name', i + 3)
            name = s[i + 3:j]
            try:
                ch = eval('"\\N{%s}"' % name) if '"' not in name and '\\' not in name else None
            except SyntaxError:
                ch = None
            if ch is None:
                self.err('undefined character name %r' % name, i)
            self.out.append('\\x{%x}' % ord(ch))
            return j + 1, 'atom'
        if c == '0' or (c in _OCT and in_class):
            j = i + 1
            while j < len(s) and j < i + 4 and s[j] in _OCT:
                j += 1
            return self.octal(i, s[i + 1:j]), 'atom'
        if c in _DIGITS:
            if in_class:
                self.err('bad escape \\' + c, i)
            if (i + 3 < len(s) + 0 and c in _OCT and s[i + 2:i + 3] and s[i + 2] in _OCT
                    and s[i + 3:i + 4] and s[i + 3] in _OCT):
                return self.octal(i, s[i + 1:i + 4]), 'atom'
            j = i + 2
            if j < len(s) and s[j] in _DIGITS:
                j += 1
            num = int(s[i + 1:j])
            if num > self.ngroups or num not in self.closed:
                if num <= self.ngroups:
                    self.err('cannot refer to an open group', i)
                self.err('invalid group reference %d' % num, i + 1)
            self.out.append('\\g{%d}' % num)
            return j, 'atom'
        if c.isascii() and c.isalnum():
            self.err('bad escape \\' + c, i)
        if in_class:
            # always a literal code point: '\-' is no range, '\]' no end ...
            self.out.append('\\x{%x}' % ord(c))
        else:
            self.literal(c)
        return i + 2, 'atom'

    def octal(self, i, digits):
        value = int(digits, 8)
        if value > 0o377:
            self.err('octal escape value \\%s outside of range 0-0o377' % digits, i)
        self.out.append('\\x{%x}' % value)
        return i + 1 + len(digits)

    def char_class(self, i):
        s = self.s
        n = len(s)
        start = i
        self.out.append('[')
        i += 1
        if i < n and s[i] == '[':
            _future_warning('Possible nested set at position %d' % i)
        if i < n and s[i] == '^':
            self.out.append('^')
            i += 1
        first = True
        prev_char = None        # the last single character (for range checks)
        while True:
            if i >= n:
                self.err('unterminated character set', start)
            c = s[i]
            if c == ']' and not first:
                self.out.append(']')
                return i + 1
            nonempty = not first
            first = False
            item_start = i
            if c == '\\':
                mark = len(self.out)
                i, kind = self.escape(i, in_class=True)
                piece = ''.join(self.out[mark:])
                prev_char = _class_char_value(piece)
                if (prev_char is None and i + 1 < n and s[i] == '-' and s[i + 1] != ']'):
                    # a class such as \d cannot start a range
                    j = i + 2 if s[i + 1] != '\\' else i + 3
                    self.err('bad character range %s' % s[item_start:j], item_start)
                self._range_start = item_start
                continue
            if c == '-' and prev_char is not None and i + 1 < n and s[i + 1] != ']':
                # a range: check its order
                lo = prev_char
                j = i + 1
                if s[j] == '-':
                    _future_warning('Possible set difference at position %d' % i)
                if s[j] == '\\':
                    mark = len(self.out)
                    self.out.append('-')
                    j, kind = self.escape(j, in_class=True)
                    hi = _class_char_value(''.join(self.out[mark + 1:]))
                    if hi is None:
                        self.err('bad character range %s' % s[i - 1:j], i - 1)
                else:
                    self.out.append('-')
                    self.literal(s[j])
                    hi = ord(s[j])
                    j += 1
                if hi < lo:
                    self.err('bad character range %s' % s[self._range_start:j],
                             self._range_start)
                prev_char = None
                i = j
                continue
            if nonempty and c in '-&~|' and i + 1 < n and s[i + 1] == c:
                _future_warning('Possible set %s at position %d' % (
                    {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
                     '|': 'union'}[c], i))
            if c in '[]^-':
                self.out.append('\\' + c)
            else:
                self.literal(c)
            prev_char = ord(c)
            self._range_start = item_start
            i += 1


def _future_warning(msg):
    # As CPython's parser: shown at the caller of re.compile/search/...
    # (frames: _future_warning, char_class, run, _create, _compile, re.<function>).
    import warnings
    warnings.warn(msg, FutureWarning, stacklevel=7)


def _class_char_value(piece):
    # The code point of a translated single-character escape '\x{..}', else None.
    if piece.startswith('\\x{') and piece.endswith('}') and piece.count('{') == 1:
        return int(piece[3:-1], 16)
    return None


# Maps of PCRE2 compile errors (numbers) to CPython messages.
_PCRE_MESSAGES = {
    109: 'nothing to repeat',
    125: 'look-behind requires fixed-width pattern',
    115: 'invalid group reference',
    114: 'missing ), unterminated subpattern',
    122: 'unbalanced parenthesis',
}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern._create(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


class Pattern:
    """Compiled regular expression object (made by re.compile)."""

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_code', '_parents',
                 '__weakref__')

    @classmethod
    def _create(cls, pattern, flags):
        is_str = isinstance(pattern, str)
        text = pattern if is_str else pattern.decode('latin-1')
        implicit_unicode = not flags & UNICODE
        flags = _check_flags(pattern, flags)
        tr = _Translator(pattern, text, flags, is_str)
        tr.implicit_unicode = implicit_unicode
        translated = tr.run()
        flags = _check_flags(pattern, tr.flags)
        opts = _re.ALT_CIRCUMFLEX
        if flags & IGNORECASE:
            opts |= _re.CASELESS
        if flags & MULTILINE:
            opts |= _re.MULTILINE
        if flags & DOTALL:
            opts |= _re.DOTALL
        if tr.lookaround and tr.caret:
            # PCRE2 10.42's start-of-match optimization loses matches such as
            # (?=a)^a under MULTILINE.
            opts |= _re.NO_START_OPTIMIZE
        if is_str:
            opts |= _re.UTF
            if not flags & ASCII:
                opts |= _re.UCP
            source = translated
        else:
            source = translated.encode('latin-1')
        code = _re.compile(source, opts)
        if isinstance(code, tuple):
            msg, num, offset = code
            msg = _PCRE_MESSAGES.get(num, msg)
            raise error(msg, pattern, None)
        self = object.__new__(cls)
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = code.groups
        self.groupindex = _MappingProxy(tr.names)   # definition order, as CPython
        self._code = code
        self._parents = tr.parents
        return self

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        return cls

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a Match or None."""
        return self._code.search(string, pos, endpos, 0, Match, self)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._code.search(string, pos, endpos, 1, Match, self)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._code.search(string, pos, endpos, 2, Match, self)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches: Match objects."""
        return self._code.iter(string, pos, endpos, Match, self)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches in the string.

        With groups, each item is the group (one group) or a tuple of groups;
        groups that did not take part give empty strings.
        """
        return self._code.findall(string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of the pattern (with the groups' text)."""
        return self._code.split(string, maxsplit)

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) (see sub)."""
        if callable(repl):
            func = repl
            template = None
        else:
            template = _parse_template(repl, self)
            func = None
        return self._code.subn(string, func if func is not None else template, count,
                               Match, self)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of the pattern in string by repl (a template or a function
        called with the Match object)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported by Glass")


class _MappingProxy(dict):
    """A read-only dict (Pattern.groupindex)."""

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _readonly


class Match(_re.Match):
    """The result of a successful match (search, match, fullmatch, finditer...).

    The C base _re.Match holds re, string, pos, endpos and the offsets (_regs) and
    implements group, groups, groupdict, start, end, span and m[g]."""

    __slots__ = ()

    def __class_getitem__(cls, item):
        return cls

    @property
    def regs(self):
        return tuple((self._regs[2 * k], self._regs[2 * k + 1])
                     for k in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group, or None."""
        regs = self._regs
        best = None
        best_end = -1
        for k in range(1, self.re.groups + 1):
            if regs[2 * k] >= 0 and regs[2 * k + 1] >= best_end:
                best_end = regs[2 * k + 1]
                best = k
        if best is None:
            return None
        # An enclosing group ending at the same place closed after its child.
        parents = self.re._parents
        p = parents[best]
        while p:
            if regs[2 * p] >= 0 and regs[2 * p + 1] == best_end:
                best = p
            p = parents[p]
        return best

    @property
    def lastgroup(self):
        """The name of the last matched capturing group, or None."""
        k = self.lastindex
        if k is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == k:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by substituting the template's backslash
        references (\\1, \\g<name>) with the groups."""
        return _expand(_parse_template(template, self.re), self.string, self._regs)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._regs[0], self._regs[1], self.group(0))


# ---- replacement templates ----

_REPL_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                 'v': '\v', '\\': '\\'}


def _parse_template(repl, pattern):
    # A list of literal pieces and group numbers (ints).
    is_str = isinstance(pattern.pattern, str)
    if is_str:
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        s = repl
    else:
        if isinstance(repl, str):
            raise TypeError("sequence item 0: expected a bytes-like object, str found")
        repl = bytes(repl)
        s = repl.decode('latin-1')
    parts = []
    lit = []
    i = 0
    n = len(s)
    groups = pattern.groups

    def err(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        c = s[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            err('bad escape (end of pattern)', i)
        c = s[i + 1]
        if c == 'g':
            if i + 2 >= n or s[i + 2] != '<':
                err('missing <', i + 2)
            j = s.find('>', i + 3)
            if j < 0:
                if i + 3 >= n:
                    err('missing group name', i + 3)
                err('missing >, unterminated name', i + 3)
            name = s[i + 3:j]
            if not name:
                err('missing group name', i + 3)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not (name.isdigit() and name.isascii()):
                    err('bad character in group name %r' % name, i + 3)
                index = int(name)
                if index > groups:
                    err('invalid group reference %d' % index, i + 3)
            parts.append(''.join(lit))
            lit = []
            parts.append(index)
            i = j + 1
        elif c == '0':
            j = i + 2
            while j < n and j < i + 4 and s[j] in _OCT:
                j += 1
            lit.append(chr(int(s[i + 1:j], 8)))
            i = j
        elif c in _DIGITS:
            if (c in _OCT and i + 3 < n + 0 and s[i + 2] in _OCT
                    and i + 3 < n and s[i + 3] in _OCT):
                value = int(s[i + 1:i + 4], 8)
                if value > 0o377:
                    err('octal escape value \\%s outside of range 0-0o377'
                        % s[i + 1:i + 4], i)
                lit.append(chr(value))
                i += 4
                continue
            j = i + 2
            if j < n and s[j] in _DIGITS:
                j += 1
            index = int(s[i + 1:j])
            if index > groups:
                err('invalid group reference %d' % index, i + 1)
            parts.append(''.join(lit))
            lit = []
            parts.append(index)
            i = j
        elif c in _REPL_ESCAPES:
            lit.append(_REPL_ESCAPES[c])
            i += 2
        elif c.isascii() and c.isalpha():
            err('bad escape \\' + c, i)
        else:
            lit.append('\\' + c)
            i += 2
    parts.append(''.join(lit))
    if not is_str:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    return parts


def _expand(template, string, regs):
    out = []
    for p in template:
        if isinstance(p, int):
            s = regs[2 * p]
            if s >= 0:
                out.append(string[s:regs[2 * p + 1]])
        else:
            out.append(p)
    if isinstance(string, str):
        return ''.join(out)
    return b''.join(bytes(x) for x in out)


# ---- module-level functions ----

def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern: a Match or None."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string: a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string: a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches (Match objects)."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string with the pattern's matches replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return (new_string, number of substitutions made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object (deprecated)."""
    return _compile(pattern, flags | T)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string or bytes."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars).encode('latin1')


Pattern.__module__ = 're'
Match.__module__ = 're'
