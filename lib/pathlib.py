"""Object-oriented filesystem paths (POSIX flavour only).

Glass implements: PurePath/PurePosixPath (construction from str or os.PathLike parts,
str/repr/fspath/bytes, the / operator, parts, drive, root, anchor, parent, parents,
name, suffix, suffixes, stem, with_name, with_stem, with_suffix, is_absolute,
is_relative_to, is_reserved, joinpath, relative_to, match, as_posix, as_uri,
equality, hashing and ordering) and Path/PosixPath (cwd, home, stat, lstat, chmod,
exists, is_dir, is_file, is_symlink, is_fifo/is_socket/is_block_device/is_char_device,
mkdir, rmdir, unlink, touch, iterdir, glob, rglob, read_text, write_text, read_bytes,
write_bytes, open, rename, replace, symlink_to, hardlink_to, readlink, samefile,
resolve, absolute, expanduser).
Left out: PureWindowsPath/WindowsPath, owner/group, is_mount, link_to, case-insensitive
matching.  glob's '*' matches names starting with '.' as in CPython 3.11.
"""

import fnmatch
import io
import os
import re
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

_magic = re.compile('[*?[]')


def _split_root(s):
    # POSIX keeps exactly two leading slashes; three or more collapse to one.
    if s[:1] == '/':
        if s[:2] == '//' and s[:3] != '///':
            return '//', s[2:]
        return '/', s.lstrip('/')
    return '', s


def _parse(args):
    root = ''
    tail = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                tail = list(a._tail)
            else:
                tail.extend(a._tail)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError("argument should be a str object or an os.PathLike "
                            "object returning str, not %r" % (type(a),))
        r, rest = _split_root(a)
        if r:
            root = r
            tail = []
        tail.extend(x for x in rest.split('/') if x and x != '.')
    return root, tail


class PurePath:
    """A path without filesystem access; PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        self._str = None
        return self

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = list(tail)
        self._str = None
        return self

    def _derive(self, root, tail):
        return type(self)._from_parsed(root, tail)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._tail)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self)

    def as_uri(self):
        """The path as a 'file' URI (the path must be absolute)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/")
        out = []
        for b in str(self).encode('utf-8'):
            c = chr(b)
            out.append(c if c in safe else '%%%02X' % b)
        return 'file://' + ''.join(out)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    # comparison: by the parts, root included, case-sensitively
    @property
    def _cparts(self):
        return ([self._root] if self._root else []) + self._tail

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        return hash(tuple(self._cparts))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: '', doc="The drive ('' on POSIX).")
    root = property(lambda self: self._root, doc="The root ('/', '//' or '').")
    anchor = property(lambda self: self._root, doc="drive + root.")

    @property
    def parts(self):
        """A tuple of the components, the root first if any."""
        return tuple(self._cparts)

    @property
    def name(self):
        """The final component, or '' if none."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The final component's last extension ('.txt'), or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """All the final component's extensions (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix replaced (or added, or removed with '')."""
        if '/' in suffix or suffix and suffix[0] != '.' or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._derive(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other; ValueError when it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        oroot, otail = _parse(other)
        n = len(otail)
        if (oroot != self._root or self._tail[:n] != otail
                or (not oroot and not otail and self._root)):
            formatted = oroot + '/'.join(otail)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._derive('', self._tail[n:])

    def is_relative_to(self, *other):
        """Whether the path is relative to other."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """The path joined with each argument in turn."""
        return type(self)._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent (the path itself for '/' or '.')."""
        if not self._tail:
            return self
        return self._derive(self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of the logical ancestors."""
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern (from the right unless
        the pattern is absolute)."""
        proot, ptail = _parse((path_pattern,))
        pat = ([proot] if proot else []) + ptail
        if not pat:
            raise ValueError("empty pattern")
        parts = self._cparts
        if proot:
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class _PathParents:
    """The sequence of a path's ancestors (path.parents)."""

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        p = self._path
        return p._derive(p._root, p._tail[:n - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


def _ignore_error(e):
    return isinstance(e, (FileNotFoundError, NotADirectoryError)) or \
        getattr(e, 'errno', None) in (2, 20, 9, 40)


class Path(PurePath):
    """A path with filesystem operations; Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def _child(self, name):
        return self._derive(self._root, self._tail + [name])

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and _stat.S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and _stat.S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and _stat.S_ISLNK(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and _stat.S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and _stat.S_ISSOCK(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISCHR(m)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its missing parents when parents is true)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def touch(self, mode=0o666, exist_ok=True):
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def iterdir(self):
        """The paths of the directory's entries (in os.listdir order)."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """The existing paths below this one matching the relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, pat = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pat:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        seen = set()
        for p in self._select(pat):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        """Like glob with '**/' added in front of the pattern."""
        return self.glob('**/' + os.fspath(pattern))

    def _select(self, pat):
        if not pat:
            yield self
            return
        part, rest = pat[0], pat[1:]
        dironly = bool(rest)
        if part == '**':
            for d in self._walk_dirs():
                yield from d._select(rest)
        elif _magic.search(part):
            try:
                entries = list(os.scandir(self))
            except OSError:
                return
            for entry in entries:
                if dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                if fnmatch.fnmatchcase(entry.name, part):
                    yield from self._child(entry.name)._select(rest)
        else:
            child = self._child(part)
            if child.is_dir() if dironly else child.exists():
                yield from child._select(rest)

    def _walk_dirs(self):
        yield self
        try:
            entries = list(os.scandir(self))
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_dir() and not entry.is_symlink():
                    yield from self._child(entry.name)._walk_dirs()
            except OSError:
                pass

    def absolute(self):
        """The path made absolute with the current directory (not normalized)."""
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved."""
        s = os.path.realpath(self)
        if strict:
            os.stat(s)
        return type(self)(s)

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not self._root and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)._from_parts((home,) + tuple(self._tail[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
