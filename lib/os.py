"""Operating-system interfaces: the portable layer over the C module posix.

Glass implements: everything posix exports (stat, lstat, fstat, listdir, mkdir,
rmdir, remove, unlink, rename, replace, symlink, link, readlink, chdir, getcwd,
getcwdb, access, chmod, open, close, read, write, lseek, isatty, getpid, getppid,
get[e]uid/get[e]gid, umask, cpu_count, system, _exit, putenv, unsetenv, urandom,
strerror, fspath, stat_result and the F_OK/O_*/SEEK_* constants); the constants
name, sep, altsep, curdir, pardir, extsep, pathsep, defpath, linesep, devnull;
environ (a mapping whose changes also reach the process environment through
putenv/unsetenv) and getenv; makedirs, removedirs, renames, walk, PathLike,
fsencode/fsdecode, get_exec_path, error, get_terminal_size/terminal_size,
uname/uname_result; and `path` (posixpath, also importable
as os.path); scandir and DirEntry, written in Python over listdir and lstat
(DirEntry caches its lstat/stat results as CPython's does, but gets them lazily
through system calls rather than from the directory read).  Left out: environb,
fwalk, the process-management functions (fork, exec*, spawn*, popen, wait*, kill).
"""

import sys
import posix
from posix import *
from posix import _exit, _get_terminal_size, _uname

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

import posixpath as path
sys.modules['os.path'] = path


# ---- os.PathLike ----------------------------------------------------------------

class _PathLikeMeta(type):
    """Makes isinstance(x, PathLike) true for any object whose type has __fspath__."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for klass in subclass.__mro__:
            if cls in klass.__bases__ or klass is cls:
                return True
            attr = klass.__dict__.get('__fspath__', _MISSING)
            if attr is not _MISSING:
                return attr is not None
        return False


_MISSING = object()


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---- small struct sequences: terminal_size, uname_result --------------------------

def _struct_seq(qualname, fields, doc):
    """A tuple subclass with read-only named fields and CPython's struct-sequence
    repr and constructor message."""
    n = len(fields)

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != n:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                            % (qualname, n, len(seq)))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return '%s(%s)' % (qualname, ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          '__doc__': doc, '__slots__': (), 'n_fields': n, 'n_sequence_fields': n,
          'n_unnamed_fields': 0, '__match_args__': tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    module, _, name = qualname.rpartition('.')
    ns['__module__'] = module
    return type(name, (tuple,), ns)


terminal_size = _struct_seq('os.terminal_size', ('columns', 'lines'),
                            'A tuple of (columns, lines) for holding terminal window size')
uname_result = _struct_seq('posix.uname_result',
                           ('sysname', 'nodename', 'release', 'version', 'machine'),
                           'uname_result: Result from os.uname().')


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines).

    fd defaults to standard output; OSError if it is not a terminal."""
    return terminal_size(_get_terminal_size(fd))


def uname():
    """Return an object identifying the current operating system: the fields
    sysname, nodename, release, version and machine."""
    return uname_result(_uname())


# ---- os.environ -------------------------------------------------------------

try:
    from _collections_abc import MutableMapping as _MappingBase
except Exception:       # the collections ABCs are optional here
    _MappingBase = object


class _Environ(_MappingBase):
    """The process environment as a mapping of str to str; assigning or deleting
    an item also calls putenv()/unsetenv()."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def keys(self):
        """A view of the variable names (a list snapshot in Glass)."""
        return self._data.keys()

    def values(self):
        """The variable values."""
        return self._data.values()

    def items(self):
        """(name, value) pairs."""
        return self._data.items()

    def get(self, key, default=None):
        """environ[key] if the variable is set, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, value):
        """Set key to value unless it is already set; return its value."""
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        """Remove the variable and return its value (or default)."""
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        """Set several variables from a mapping or pairs, and keywords."""
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        """Unset every variable."""
        for key in list(self._data):
            del self[key]

    def copy(self):
        """A plain dict copy of the environment."""
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """Get an environment variable, return None (or default) if it doesn't exist."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """Return the sequence of directories searched for a named executable
    (PATH of env, by default os.environ; defpath when unset)."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fsencode(filename):
    """Encode filename (an os.PathLike, str or bytes) to bytes (UTF-8 with
    surrogateescape); bytes are returned unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, str or bytes) to str (UTF-8 with
    surrogateescape); str is returned unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- directory trees ----------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  If the
    target directory already exists, raise FileExistsError unless exist_ok.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass   # created meanwhile
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:   # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and then every empty parent, stopping
    silently at the first one that cannot be removed.
    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create the directories needed by new, rename, then prune the
    now-empty directories of old with removedirs().
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each
    directory under top (top itself included).

    With topdown true the caller may prune dirnames in place before the walk
    descends.  onerror, if given, is called with the OSError of a listdir
    failure.  Symbolic links to directories are followed only with followlinks.
    """
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        full = path.join(top, entry)
        if path.isdir(full):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for entry in dirs:
            new_path = path.join(top, entry)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for entry in dirs:
            new_path = path.join(top, entry)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ---- scandir ------------------------------------------------------------------

class DirEntry:
    """An entry of a directory listing made by scandir(): name, path and cached
    file-type queries."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def stat(self, *, follow_symlinks=True):
        """Return the stat_result of the entry (cached), following symlinks
        unless follow_symlinks is false."""
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        """Return the inode number of the entry."""
        return self.stat(follow_symlinks=False).st_ino

    def _test_mode(self, mask, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == mask

    def is_dir(self, *, follow_symlinks=True):
        """Return True if the entry is a directory (or a symlink to one)."""
        return self._test_mode(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        """Return True if the entry is a regular file (or a symlink to one)."""
        return self._test_mode(0o100000, follow_symlinks)

    def is_symlink(self):
        """Return True if the entry is a symbolic link."""
        return self._test_mode(0o120000, False)


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager that closes it."""

    def __init__(self, dirpath):
        self._dir = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._dir, next(self._names))

    def close(self):
        """Stop the iteration and release the listing."""
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """scandir(path='.') -> iterator of DirEntry objects for the given path
    (in arbitrary order, without '.' and '..')."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))
