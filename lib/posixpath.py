"""Pathname operations on POSIX paths (the module os.path refers to).

Glass implements: the constants (sep, curdir, pardir, extsep, pathsep, defpath,
altsep, devnull), normcase, isabs, join, split, splitext, splitdrive, basename,
dirname, commonprefix, commonpath, normpath, abspath, realpath (with strict=),
relpath, expanduser (HOME or /etc/passwd), expandvars, and the file queries
exists, lexists, isfile, isdir, islink, ismount, getsize, getatime, getmtime,
getctime, samefile, sameopenfile, samestat.  Every function accepts str, bytes or
an os.PathLike object and returns the same kind of string it was given.
Left out: nothing else of the documented API.
"""

import os
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(path):
    """Return (sep, curdir, pardir, extsep) of the same type as path."""
    if isinstance(path, bytes):
        return b'/', b'.', b'..', b'.'
    return '/', '.', '..', '.'


def _check_arg_types(funcname, *args):
    """Raise the TypeError for a bad argument of funcname, or for mixed str/bytes."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# ---- pure string operations ---------------------------------------------------

def normcase(s):
    """Normalize case of pathname.  Has no effect under POSIX."""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.

    An absolute component discards everything before it.  A trailing '/' is
    added between components only when the previous one does not end in one.
    """
    a = os.fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep   # raises TypeError for a non-string a
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final
    slash (possibly empty), head has no trailing slashes unless it is the root."""
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext) with ext empty or
    starting with a dot; leading dots of the file name do not start an extension."""
    p = os.fspath(p)
    sep, _, _, extsep = _seps(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path.  On POSIX, drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = os.fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component
    (compared character by character, so it may not be a valid path)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sep, curdir, _, _ = _seps(paths[0])
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_set = {p[:1] == sep for p in paths}
        except TypeError:
            raise ValueError("Can't mix absolute and relative paths") from None
        if len(isabs_set) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        (absolute,) = isabs_set
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if absolute else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def normpath(path):
    """Normalize path, eliminating double slashes, '.' and (lexically) '..'."""
    path = os.fspath(path)
    sep, curdir, pardir, _ = _seps(path)
    if not path:
        return curdir
    initial = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes; three or more mean one.
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if not comp or comp == curdir:
            continue
        if comp != pardir or (not initial and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep * initial + sep.join(parts)
    return path or curdir


def abspath(path):
    """Return an absolute, normalized version of path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def relpath(path, start=None):
    """Return a relative version of path, from the current directory or start."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep, curdir, pardir, _ = _seps(path)
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def _home_of(name):
    """Home directory of user name from /etc/passwd, or None."""
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == name:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get('HOME')
        if home is None:
            import posix
            home = _home_of_uid(posix.getuid())
            if home is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        home = _home_of(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _home_of_uid(uid):
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[2] == str(uid):
                    return fields[5]
    except OSError:
        pass
    return None


def _is_word_char(c):
    return c == '_' or ('0' <= c <= '9') or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if as_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            end = text.find('}', i + 2)
            if end < 0:
                out.append(c)
                i += 1
                continue
            name, nxt = text[i + 2:end], end + 1
        else:
            j = i + 1
            while j < n and _is_word_char(text[j]):
                j += 1
            if j == i + 1:
                out.append(c)
                i += 1
                continue
            name, nxt = text[i + 1:j], j
        value = os.environ.get(name)
        out.append(text[i:nxt] if value is None else value)
        i = nxt
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if as_bytes else result


def _joinrealpath(path, rest, strict, seen):
    """Resolve symbolic links in rest, appended to the resolved path.
    Returns (path, ok); ok is False when a symlink loop was found."""
    sep, curdir, pardir, _ = _seps(path)
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, last = split(path)
                if last == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue   # already resolved
            if strict:
                os.stat(newpath)   # raises OSError(ELOOP)
            return join(newpath, rest), False
        seen[newpath] = None   # resolving in progress
        path, ok = _joinrealpath(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
    symbolic links encountered in the path."""
    filename = os.fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


# ---- queries on the file system -----------------------------------------------

def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    """Test whether a path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def ismount(path):
    """Test whether a path is a mount point."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, _seps(path)[2])
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))
