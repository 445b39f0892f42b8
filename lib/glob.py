"""Filename globbing: glob('*.py'), glob('**/*.txt', recursive=True).

Patterns use fnmatch's rules per path component; names starting with '.' match only
a pattern component that starts with '.' too (unless include_hidden is true).
Results come in the order os.scandir gives, like CPython's.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether s contains a wildcard character (*, ? or [)."""
    pattern = _magic_bytes if isinstance(s, bytes) else _magic
    return pattern.search(s) is not None


def escape(pathname):
    """Escape the wildcard characters of pathname (the drive is left alone)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = _magic_bytes.sub(br'[\1]', rest)
    else:
        rest = _magic.sub(r'[\1]', rest)
    return drive + rest


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (possibly empty)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        try:
            s = next(it)   # a leading '**' yields the empty path first: skip it
            if s:
                it = _chain(s, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _join(root, path):
    return os.path.join(root, path) if root else path


def _lexists(path, root_dir):
    return os.path.lexists(_join(root_dir, path))


def _isdir(path, root_dir):
    return os.path.isdir(_join(root_dir, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        elif _isdir(dirname, root_dir):
            yield pathname   # a pattern ending with a separator matches directories
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename)) if dirname else \
                os.path.lexists(basename):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    """'**': this directory and everything below it."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    """Names in dirname (only directories when dironly); [] when it cannot be read."""
    target = dirname or (b'.' if isinstance(dirname, bytes) else '.')
    try:
        with os.scandir(target) as it:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            for sub in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(name, sub)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')
