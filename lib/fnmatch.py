"""fnmatch - Unix shell-style filename pattern matching.

Implements: fnmatch (names normalised with os.path.normcase), fnmatchcase,
filter and translate.  Patterns: '*' matches anything, '?' one character,
'[seq]' a character in seq, '[!seq]' one not in seq; there is no escape
character (use '[*]' for a literal '*').  translate() returns the same regular
expression text as CPython 3.11; the text between two stars becomes an atomic
group '(?>.*?text)' so that many stars cannot make the match blow up.
Leaves out: nothing public.
"""

import os
import posixpath
import re
import functools

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

def fnmatch(name, pat):
    """Test whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = str(pat, 'ISO-8859-1')
        regex = bytes(translate(text), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Return the subset of the list names that match pat."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase is the identity on posix: skip the call per name.
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively and without normcase."""
    match = _compile_pattern(pat)
    return match(name) is not None


# Marks a '*' in the first pass of translate().
_STAR = object()


def _translate_set(pat, start, end):
    """Regex text for the bracket expression pat[start:end] (without the brackets).

    Returns None for a set that can never match."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Cut the set at each '-' that makes a range; the first character (after a
        # leading '!') can never start a range's '-'.
        chunks = []
        i = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:end]
        if last:
            chunks.append(last)
        else:
            # A trailing '-' is a literal.
            chunks[-1] += '-'
        # Drop ranges that are empty (like z-a): they are errors in a regex.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        # Hyphens left inside a chunk are literals, as are backslashes.
        body = '-'.join(c.replace('\\', r'\\').replace('-', r'\-')
                        for c in chunks)
    # Escape what could read as set operations (&&, ~~, ||).
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def translate(pat):
    """Translate a shell pattern into a regular expression (as text)."""
    # First pass: a list of regex pieces, with _STAR for each run of '*'.
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                # No closing bracket: the '[' is a literal.
                parts.append('\\[')
            else:
                parts.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))

    # Second pass: fixed text before the first star stays as is; the text between
    # two stars must match lazily and atomically; a final star is '.*'.
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not _STAR:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1                      # skip the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and parts[i] is not _STAR:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
