"""string - common string constants, capwords, Template and Formatter.

Implements: the constants (ascii_letters, ascii_lowercase, ascii_uppercase, digits,
hexdigits, octdigits, punctuation, printable, whitespace), capwords(), Template
(substitute, safe_substitute, get_identifiers, is_valid, and customisation through the
`delimiter`, `idpattern`, `braceidpattern`, `flags` and `pattern` class attributes) and
Formatter (format, vformat, parse, get_field, get_value, check_unused_args,
convert_field, format_field).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Return s with each word capitalized (str.capitalize).

    Words are found with s.split(sep) and joined again with sep; when sep is
    None or omitted, whitespace runs become one space and the ends are trimmed."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _Sentinel:
    pass


class _ChainMap:
    # The lookups of substitute(mapping, **kws): kws first, then mapping.
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # Identifiers are ASCII only; with IGNORECASE this also takes upper case.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            brace_ident = cls.braceidpattern or cls.idpattern
            pattern = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident +
                       ')|{(?P<braced>' + brace_ident + ')}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_Sentinel, /, **kws):
        """Return the template with every placeholder replaced from mapping and kws.

        A missing key raises KeyError; a malformed placeholder raises ValueError."""
        if mapping is _Sentinel:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(mapping[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_Sentinel, /, **kws):
        """Like substitute(), but leave missing or malformed placeholders as they are."""
        if mapping is _Sentinel:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """Return False if the template has an invalid placeholder, else True."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        """Return the list of valid identifiers in the template, in order of first use."""
        ids = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return ids


# Compile the pattern of Template itself (subclasses get theirs from the hook).
Template.__init_subclass__()


class Formatter:
    """The str.format() machinery, with hooks a subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        """Format format_string with positional args and keyword kwargs."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """Format with args given as a sequence and kwargs as a mapping."""
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        """Return args[key] for an int key, else kwargs[key]."""
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook called after formatting; the default does nothing."""
        pass

    def format_field(self, value, format_spec):
        """Return format(value, format_spec)."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply the conversion ('r', 's', 'a' or None) to value."""
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec, conversion).

        field_name is None when the item is literal text only; an escaped brace
        ('{{' or '}}') ends a literal item with a single brace."""
        s = format_string
        n = len(s)
        i = 0
        while i < n:
            # Literal text up to the next brace.
            start = i
            while i < n and s[i] != '{' and s[i] != '}':
                i += 1
            literal = s[start:i]
            if i >= n:
                yield (literal, None, None, None)
                return
            c = s[i]
            if i + 1 < n and s[i + 1] == c:
                yield (literal + c, None, None, None)
                i += 2
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            # Field name: up to '}', '!' or ':' outside square brackets.
            i += 1
            start = i
            bracket = False
            while True:
                if i >= n:
                    raise ValueError("expected '}' before end of string")
                ch = s[i]
                if bracket:
                    if ch == ']':
                        bracket = False
                elif ch == '[':
                    bracket = True
                elif ch == '{':
                    raise ValueError("unexpected '{' in field name")
                elif ch == '}' or ch == '!' or ch == ':':
                    break
                i += 1
            name = s[start:i]
            conversion = None
            spec = ''
            if s[i] == '!':
                if i + 1 >= n:
                    raise ValueError("end of string while looking for "
                                     "conversion specifier")
                conversion = s[i + 1]
                i += 2
                if i >= n:
                    raise ValueError("unmatched '{' in format spec")
                if s[i] != ':' and s[i] != '}':
                    raise ValueError("expected ':' after conversion specifier")
            if s[i] == ':':
                i += 1
                start = i
                depth = 1
                while True:
                    if i >= n:
                        raise ValueError("unmatched '{' in format spec")
                    ch = s[i]
                    if ch == '{':
                        depth += 1
                    elif ch == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    i += 1
                spec = s[start:i]
            yield (literal, name, spec, conversion)
            i += 1

    def get_field(self, field_name, args, kwargs):
        """Resolve field_name (with .attr and [key] parts); return (obj, first key)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field_name(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digits become ints as in
    # str.format.
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        if c == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif c == '[':
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
    return first, rest
