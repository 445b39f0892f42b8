"""linecache: read lines of source files, keeping them in a cache.

Implements getline, getlines, clearcache, checkcache and updatecache (a cache keyed by
file name, holding the file's lines with their newlines). Left out: lazycache and the
loader (__loader__.get_source) lookup for modules inside zip files. Files are read with
tokenize.open, so a BOM or a PEP 263 coding declaration picks the encoding; a file that
does not decode gives no lines.
"""

import os

__all__ = ["getline", "clearcache", "checkcache", "getlines", "updatecache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line `lineno` (1-based, with its newline) of the file, or '' if absent."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the list of lines of the file (from the cache when possible), or []."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all files, or just `filename`)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read the file afresh into the cache and return its lines ([] when unreadable)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        return []
    import tokenize     # here, not at the top: it imports re, which few programs need
    try:
        with tokenize.open(fullname) as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines
