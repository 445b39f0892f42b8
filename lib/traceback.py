"""traceback: extract, format and print stack traces and exceptions.

Implements the 3.11 API: walk_tb, walk_stack, extract_tb, extract_stack, format_list,
print_list, format_tb, print_tb, format_stack, print_stack, format_exception_only,
format_exception, print_exception, format_exc, print_exc, print_last, clear_frames,
FrameSummary, StackSummary and TracebackException (from_exception, format,
format_exception_only, chained __cause__/__context__ with CPython's separators,
SyntaxError layout, __notes__, exception groups, "[Previous line repeated N more
times]").

Caret lines (`^^^^`, `~~^~~` under binary operations, `~~~^^^^` under subscripts) are
drawn as CPython 3.11 does, from instruction positions that the Glass-private C module
_tbinfo provides (FrameSummary.colno/end_colno are UTF-8 byte columns); without that
module, they are left out. Exception groups are drawn with CPython's nested boxes
(max_group_width, max_group_depth).
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()


def _out(file):
    return sys.stderr if file is None else file


# ---- stack lists ---------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print the entries of a list of FrameSummary objects (or 4-tuples) to file."""
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=_out(file), end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or 4-tuples) into printable strings."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of the traceback `tb` to file (default stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A list of strings, one per traceback entry: extract_tb + format_list."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback `tb`, oldest first."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


try:
    import _tbinfo
except ImportError:
    _tbinfo = None


def _tb_positions(tb):
    """(lineno, end_lineno, colno, end_colno) of a traceback entry."""
    lineno = tb.tb_lineno
    if _tbinfo is not None:
        pos = _tbinfo.positions(tb.tb_frame.f_code, tb.tb_lasti)
        if pos is not None and pos[0] == lineno:
            return pos
    return (lineno, None, None, None)


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        yield tb.tb_frame, _tb_positions(tb)
        tb = tb.tb_next


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (default: the caller) to file, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """A list of formatted entries of the stack from frame f (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (default: the caller), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def walk_stack(f):
    """Yield (frame, lineno) following f.f_back from f (default: the caller's caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback tb, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    """Clear the local variables of the frames of tb (a no-op here)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


# ---- exceptions ------------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print an exception and its traceback (and chained exceptions) to file.

    Called as print_exception(exc) or print_exception(type, value, tb)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    f = _out(file)
    for line in te.format(chain=chain):
        print(line, file=f, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The 'Type: message' line(s) of an exception, as a list of strings."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info()) to file."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc would, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type/last_value/last_traceback (set by the interactive loop)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


# ---- FrameSummary / StackSummary ---------------------------------------------------

class FrameSummary:
    """One frame of a stack trace: filename, lineno, name, line (and locals).

    Compares equal to the tuple (filename, lineno, name, line) and unpacks like one."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        """The source line, stripped of surrounding whitespace (None if unknown)."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Build a StackSummary from (frame, lineno) pairs (walk_tb / walk_stack)."""
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        items = []
        if limit is not None and limit >= 0:
            for pair in frame_gen:
                if len(items) >= limit:
                    break
                items.append(pair)
        else:
            items = list(frame_gen)
            if limit is not None:
                items = items[limit:]      # the last -limit entries
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in items:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, co.co_name, lookup_line=False,
                                       locals=f_locals, end_lineno=end_lineno,
                                       colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or (file, line, name, text)."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: '  File "...", line N, in name' and its source line."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            carets = _caret_line(frame_summary, stripped_line)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """A list of strings, one per entry; runs of more than 3 identical entries are
        cut to 3 plus a '[Previous line repeated N more times]' line."""
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeat_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeat_line(count - _RECURSIVE_CUTOFF))
        return result


def _byte_offset_to_character_offset(line, offset):
    as_utf8 = line.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


def _caret_line(fs, stripped_line):
    """The '    ^^^^' line under the failing expression of a frame, or ''."""
    if fs.colno is None or fs.end_colno is None:
        return ''
    line = fs._original_line
    stripped_characters = len(line) - len(fs.line.lstrip())
    start = _byte_offset_to_character_offset(line, fs.colno) + 1
    end = _byte_offset_to_character_offset(line, fs.end_colno) + 1
    anchors = None
    if fs.lineno == fs.end_lineno:
        if _tbinfo is not None:
            segment = line[start - 1:end - 1]
            found = _tbinfo.anchors(segment)
            if found is not None:
                anchors = (_byte_offset_to_character_offset(segment, found[0]),
                           _byte_offset_to_character_offset(segment, found[1]))
    else:
        end = stripped_characters + len(stripped_line)
    if not (end - start < len(stripped_line)
            or (anchors and anchors[1] - anchors[0] > 0)):
        return ''
    parts = ['    ', ' ' * (start - stripped_characters)]
    if anchors:
        parts.append('~' * anchors[0])
        parts.append('^' * (anchors[1] - anchors[0]))
        parts.append('~' * (end - start - anchors[1]))
    else:
        parts.append('^' * (end - start))
    parts.append('\n')
    return ''.join(parts)


def _repeat_line(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


# ---- TracebackException -------------------------------------------------------------

class TracebackException:
    """An exception captured for later formatting: its type, str(), stack (a
    StackSummary), __cause__ / __context__ (TracebackExceptions) and, for SyntaxError,
    filename, lineno, end_lineno, text, offset, end_offset and msg."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract_from_extended_frame_gen(
                                          _walk_tb_with_full_positions(exc_traceback),
                                          limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(exc), exc, exc.__traceback__, limit=limit,
                                   lookup_lines=lookup_lines,
                                   capture_locals=capture_locals,
                                   max_group_width=max_group_width,
                                   max_group_depth=max_group_depth, _seen=_seen)
                for exc in exc_value.exceptions]
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=False, capture_locals=capture_locals,
                    max_group_width=max_group_width, max_group_depth=max_group_depth,
                    _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen
                    and not (compact and (self.__cause__ is not None
                                          or self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=False, capture_locals=capture_locals,
                    max_group_width=max_group_width, max_group_depth=max_group_depth,
                    _seen=_seen)
        if lookup_lines:
            self._load_lines()

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception (its type, value and __traceback__)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception's 'Type: message' line (SyntaxError: its location block
        first), then one line per __notes__ entry line."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, 'note')
                for part in note.split('\n'):
                    yield part + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(pad, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the full report: chained exceptions first (with the
        'direct cause' / 'During handling' separators), then this one; members of an
        exception group are drawn in numbered boxes."""
        if _ctx is None:
            _ctx = _PrintContext()
        output = []
        exc = self
        seen = set()
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                output.append((_cause_message, exc))
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                output.append((_context_message, exc))
                exc = exc.__context__
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx, self.max_group_width)

    def _format_group(self, chain, _ctx, width):
        toplevel = _ctx.depth == 0
        if toplevel:
            _ctx.depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        n = count if width is None or count <= width else width + 1
        _ctx.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                _ctx.need_close = True     # a nested group may close the box itself
            truncated = width is not None and i >= width
            title = '...' if truncated else str(i + 1)
            yield (_ctx.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            _ctx.depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = count - width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.depth -= 1
        if toplevel:
            _ctx.depth = 0


class _PrintContext:
    """Indentation state while formatting nested exception groups."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = [text_gen]
        for text in text_gen:
            if not prefix:
                yield text
            else:
                yield ''.join(prefix + line for line in text.splitlines(True))


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)
