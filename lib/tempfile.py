"""Temporary files and directories.

Glass implements: gettempdir/gettempdirb, gettempprefix, tempdir, template, mkstemp,
mkdtemp, mktemp, NamedTemporaryFile (delete, context manager), TemporaryFile (a
NamedTemporaryFile removed at once), TemporaryDirectory (cleanup, ignore_cleanup_errors,
context manager), SpooledTemporaryFile (kept in memory until max_size, then rolled
over to a TemporaryFile).
Names are 8 random characters from [a-z0-9_] (random.Random seeded from os.urandom).
Left out: bytes prefixes/suffixes/dirs for mkstemp/mkdtemp, O_TMPFILE, the finalizer
that cleans TemporaryDirectory up at garbage collection (cleanup happens on exit,
cleanup() or explicit close only).
"""

import io
import os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_characters = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None
_rng_pid = None


def _name():
    global _rng, _rng_pid
    if _rng is None or _rng_pid != os.getpid():
        _rng = _random.Random(int.from_bytes(os.urandom(16), 'big'))
        _rng_pid = os.getpid()
    return ''.join(_rng.choice(_characters) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempprefixb():
    return os.fsencode(template)


def _candidate_dirs():
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        d = os.getenv(var)
        if d:
            yield d
    for d in ('/tmp', '/var/tmp', '/usr/tmp'):
        yield d
    try:
        yield os.getcwd()
    except OSError:
        yield os.curdir


def _get_default_tempdir():
    for d in _candidate_dirs():
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            name = os.path.join(d, _name())
            try:
                fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    os.write(fd, b'blat')
                finally:
                    os.close(fd)
                    os.unlink(name)
                return d
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % list(_candidate_dirs()))


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP, $TMP, /tmp, ... (cached)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return os.fspath(prefix), os.fspath(suffix), os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only the user can read/write; return (fd, absolute path)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    if hasattr(os, 'O_NOFOLLOW'):
        flags |= os.O_NOFOLLOW
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _name() + suffix)
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only the user can use; return its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """An unused file name (unsafe: the file is not created)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _name() + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object whose underlying file is removed on close when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A temporary file with a visible name (.name), removed on close if delete."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering=buffering, encoding=encoding,
                    newline=newline, errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file (its name is removed at once)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return open(fd, mode, buffering=buffering, encoding=encoding,
                    newline=newline, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile:
    """A file kept in memory until it grows past max_size (or fileno() is asked)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering,
                                       encoding=encoding, newline=newline,
                                       suffix=suffix, prefix=prefix, dir=dir,
                                       errors=errors)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        new.write(file.getvalue())
        new.seek(file.tell(), 0)
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if self._max_size and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        n = self._file.write(s)
        self._check(self._file)
        return n

    def writelines(self, lines):
        self._file.writelines(lines)
        self._check(self._file)


class TemporaryDirectory:
    """A temporary directory (.name) removed with its contents by cleanup() or on
    leaving the with block (which gives the name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if os.path.exists(self.name) or os.path.islink(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
