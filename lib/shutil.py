"""High-level file operations: copying, removing and moving files and trees.

Glass implements: copyfileobj, copyfile, copymode, copystat (mode only: Glass's os
has no utime, so times are not copied), copy, copy2, ignore_patterns, copytree
(symlinks, ignore, copy_function, dirs_exist_ok), rmtree (ignore_errors, onerror),
move, which, get_terminal_size, Error, SameFileError.
Left out: disk_usage, chown, the archive functions (make_archive, unpack_archive),
the fast in-kernel copy paths.
"""

import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SameFileError", "which",
           "ignore_patterns", "get_terminal_size"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a named pipe or other special file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (a file name); return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = os.stat(fn)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return   # no lchmod
    st = os.stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits (and times, where os supports it) of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    if hasattr(os, 'utime'):
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits of src to dst (a file or directory); return the file."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy, but also copy the metadata copystat can."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree skipping names matching any pattern."""
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.islink(s):
                if symlinks:
                    os.symlink(os.readlink(s), d)
                    continue
                if not os.path.exists(s):
                    if ignore_dangling_symlinks:
                        continue
                    copy_function(s, d)
                    continue
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree (symlinks to directories are refused)."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        st = os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        try:
            isdir = stat.S_ISDIR(os.lstat(full).st_mode)
        except OSError:
            isdir = False
        if isdir:
            _rmtree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (renaming if possible); return the target."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return real_dst
        real_dst = os.path.join(dst, _basename(os.fspath(src)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            a = os.path.abspath(src)
            b = os.path.abspath(dst)
            if not a.endswith(os.sep):
                a += os.sep
            if not b.endswith(os.sep):
                b += os.sep
            if b.startswith(a):
                raise Error("Cannot move a directory '%s' into itself '%s'."
                            % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable cmd found on PATH, or None."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in path.split(os.pathsep):
        normdir = os.path.normcase(d)
        if normdir in seen:
            continue
        seen.add(normdir)
        name = os.path.join(d, cmd)
        if _access_check(name, mode):
            return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal size: COLUMNS/LINES from the environment, else the terminal's,
    else fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
