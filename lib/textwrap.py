"""textwrap - text wrapping and filling.

Implements: TextWrapper (width, initial_indent, subsequent_indent, expand_tabs,
tabsize, replace_whitespace, fix_sentence_endings, break_long_words,
drop_whitespace, break_on_hyphens, max_lines, placeholder) with wrap() and fill(),
and the functions wrap, fill, shorten, dedent and indent.  Words are split by a
hand-written scanner that follows CPython's rules (whitespace runs, hyphenated
words split after a hyphen between letters, em-dashes between words).
Leaves out: the wordsep_re / wordsep_simple_re / sentence_end_re class attributes
(there is no `re` module yet); a subclass customises splitting by overriding
_split instead.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # Python's regex \w: alphanumeric or underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # The characters after which '--' counts as an em-dash: \w or !"'&.,?
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, j):
    # True when text[j:] is two or more '-' followed by a word character.
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _split_words(text):
    """Split text into chunks: whitespace runs, words, and word pieces ending in
    a hyphen (as 'well-' 'known'), plus em-dashes ('--') between words."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and \
                _dash_run_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-space characters that ends at a
        # breakable hyphen, before whitespace or the end, or before an em-dash.
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                chunks.append(text[i:j])
                break
            if text[j] == '-' and j + 1 < n and _is_letter(text[j + 1]):
                after_ok = (j + 2 < n and (_is_letter(text[j + 2]) or
                            (text[j + 2] == '-' and j + 3 < n and
                             _is_letter(text[j + 3]))))
                before_ok = (j >= 2 and _is_letter(text[j - 1]) and
                             _is_letter(text[j - 2])) or \
                            (j >= 3 and _is_letter(text[j - 1]) and
                             text[j - 2] == '-' and _is_letter(text[j - 3]))
                if after_ok and before_ok:
                    j += 1
                    chunks.append(text[i:j])
                    break
            if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
                chunks.append(text[i:j])
                break
            j += 1
        i = j
    return chunks


def _split_spaces(text):
    # Split into alternating runs of whitespace and non-whitespace.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']? at the end of the chunk.
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text to a width: wrap() gives lines, fill() a string.

    The other methods are hooks for subclasses.  Attributes (also keyword arguments of the
    constructor): width (70), initial_indent (''), subsequent_indent (''),
    expand_tabs (True), replace_whitespace (True), fix_sentence_endings (False),
    break_long_words (True), drop_whitespace (True), break_on_hyphens (True),
    tabsize (8), max_lines (None) and placeholder (' [...]')."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in '\t\n\x0b\x0c\r':
                if ch in text:
                    text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words and whitespace runs)."""
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_spaces(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Use two spaces after a sentence-ending word followed by one space."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break the word at the end of reversed_chunks that does not fit a line."""
        space_left = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(word) > space_left:
                dash = word.rfind('-', 0, space_left)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        todo = chunks[::-1]
        while todo:
            line = []
            used = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # Whitespace at the start of any line but the first is dropped.
            if self.drop_whitespace and lines and not todo[-1].strip():
                todo.pop()
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = 0
                for piece in line:
                    used += len(piece)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_ok = (not todo or (self.drop_whitespace and len(todo) == 1 and
                                    not todo[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (last_ok and used <= room)):
                lines.append(indent + ''.join(line))
                continue
            # The line budget is spent: end with the placeholder.
            while line:
                if line[-1].strip() and used + len(placeholder) <= room:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    break
                used -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(placeholder) <= self.width:
                        lines[-1] = prev + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return it as one string with the lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Return the lines of one paragraph of text wrapped to width columns.

    Keyword arguments set the TextWrapper attributes of the same names."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Return one paragraph of text wrapped to width columns, lines joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Return text squeezed into one line of at most width columns.

    Whitespace runs become single spaces; if the result is too long, words are
    dropped from the end and the placeholder (' [...]') is appended."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Return text with the indentation its lines share removed.

    Lines made only of spaces and tabs are normalised to empty lines and do not
    count; tabs and spaces are not equal (a common prefix must match exactly)."""
    lines = text.split('\n')
    for k in range(len(lines)):
        ln = lines[k]
        if ln and not ln.strip(' \t'):
            lines[k] = ''
    margin = None
    for ln in lines:
        stripped = ln.lstrip(' \t')
        if not stripped:
            continue
        lead = ln[:len(ln) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        lines = [ln[m:] if ln.startswith(margin) else ln for ln in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Return text with prefix put in front of its lines.

    Lines keep their endings.  predicate(line) chooses the lines to prefix; by
    default every line that is not empty or whitespace only."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
