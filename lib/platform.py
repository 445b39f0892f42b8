"""platform - information about the underlying platform and interpreter.

Implements: uname() (a uname_result with system, node, release, version,
machine and processor), system(), node(), release(), version(), machine(),
processor(), architecture() (read from the ELF header of the executable),
libc_ver(), platform(), system_alias(), python_version(),
python_version_tuple(), python_implementation(), python_build(),
python_compiler(), python_branch(), python_revision(),
freedesktop_os_release(), and the empty answers of java_ver(), mac_ver(),
win32_ver(), win32_edition() and win32_is_iot() on Linux.
python_implementation() is 'Glass' (sys.implementation.name is 'glass').
processor() is '' (CPython asks `uname -p`, which Linux answers 'unknown').
"""

import collections
import os
import re
import sys

__version__ = '1.0.8'


# ---- uname ------------------------------------------------------------------

_uname_base = collections.namedtuple(
    "uname_result_base", "system node release version machine")


class uname_result(_uname_base):
    """A uname() result: five fields like os.uname() plus processor, which
    is part of iteration and len() but not of the repr."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _unknown_as_blank(_processor())

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        # the processor is computed, not stored
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def _replace(self, **kwds):
        values = [kwds.pop(name, value)
                  for name, value in zip(_uname_base._fields, tuple.__iter__(self))]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, '
                'machine=%r)' % tuple(tuple.__iter__(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


def _processor():
    return ''


_uname_cache = None


def uname():
    """Fairly portable uname interface: a uname_result (system, node,
    release, version, machine, processor). Unknown entries are ''."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        system, node, release, version, machine = infos = os.uname()
    except AttributeError:
        system = sys.platform
        node = release = version = machine = ''
        infos = ()
    if not any(infos):
        infos = (system, node, release, version, machine)
    system, node, release, version, machine = (
        _unknown_as_blank(x) for x in infos)
    if system == 'Microsoft' and release == 'Windows':
        system = 'Windows'
        release = 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """The system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """The computer's network name ('' if unknown)."""
    return uname().node


def release():
    """The system's release, e.g. '2.2.0' or 'NT' ('' if unknown)."""
    return uname().release


def version():
    """The system's release version, e.g. '#3 on degas' ('' if unknown)."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64' ('' if unknown)."""
    return uname().machine


def processor():
    """The (true) processor name ('' if unknown)."""
    return uname().processor


def system_alias(system, release, version):
    """Return (system, release, version) aliased to common marketing names
    (only SunOS/Solaris, IRIX and Windows names change)."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        l = release.split('.')
        if l:
            try:
                major = int(l[0])
            except ValueError:
                pass
            else:
                major = major - 3
                l[0] = str(major)
                release = '.'.join(l)
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# ---- executable and C library -----------------------------------------------

def architecture(executable=sys.executable, bits='', linkage=''):
    """Return (bits, linkage) for the given executable: bits is '32bit' or
    '64bit', linkage the format ('ELF'), read from the file's header.
    Values that cannot be found default to the interpreter's pointer size
    and ''."""
    if not bits:
        import struct
        size = struct.calcsize('P')
        bits = str(size * 8) + 'bit'
    if not executable:
        executable = sys.executable
    try:
        with open(executable, 'rb') as f:
            head = f.read(5)
    except (OSError, TypeError, ValueError):
        head = b''
    if head[:4] == b'\x7fELF':
        linkage = 'ELF'
        if head[4:5] == b'\x01':
            bits = '32bit'
        elif head[4:5] == b'\x02':
            bits = '64bit'
    return bits, linkage


def _libc_path():
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.rstrip('\n').split(' ')[-1]
                name = path.rsplit('/', 1)[-1]
                if name.startswith('libc.so') or re.match(r'libc-[0-9.]+\.so', name):
                    return path
    except OSError:
        pass
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Return (lib, version) of the C library the interpreter runs with,
    e.g. ('glibc', '2.36'); the defaults when it cannot be told."""
    if executable is None:
        path = _libc_path()
        if path is not None:
            try:
                with open(path, 'rb') as f:
                    data = f.read()
            except OSError:
                data = b''
            m = re.search(rb'GNU C Library[^\n]*? version (\d+\.\d+(?:\.\d+)?)', data)
            if m:
                return 'glibc', m.group(1).decode('latin-1')
        executable = sys.executable
    # Scan the binary for the glibc symbol versions it needs.
    V = _comparable_version
    libc_search = re.compile(rb'(__libc_init)|(GLIBC_([0-9.]+))'
                             rb'|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)', re.ASCII)
    try:
        with open(executable, 'rb') as f:
            binary = f.read()
    except OSError:
        return lib, version
    for m in libc_search.finditer(binary):
        libcinit, glibc, glibcversion, so, threads, soversion = [
            s.decode('latin1') if s is not None else s for s in m.groups()]
        if libcinit and not lib:
            lib = 'libc'
        elif glibc:
            if lib != 'glibc':
                lib = 'glibc'
                version = glibcversion
            elif V(glibcversion) > V(version):
                version = glibcversion
        elif so:
            if lib != 'glibc':
                lib = 'libc'
                if soversion and (not version or V(soversion) > V(version)):
                    version = soversion
                if threads and version[-len(threads):] != threads:
                    version = version + threads
    return lib, version


def _comparable_version(version):
    result = []
    for v in re.split(r'([0-9]+|[._+-])', version):
        if v and v not in '._+-':
            try:
                v = int(v, 10)
                t = 100
            except ValueError:
                t = 0
            result.extend((t, v))
    return result


def _platform(*args):
    """A platform string made of the non-empty args joined by '-', with
    characters unfit for file names replaced."""
    platform = '-'.join(x.strip() for x in filter(len, args))
    platform = platform.replace(' ', '_')
    platform = platform.replace('/', '-')
    platform = platform.replace('\\', '-')
    platform = platform.replace(':', '-')
    platform = platform.replace(';', '-')
    platform = platform.replace('"', '-')
    platform = platform.replace('(', '-')
    platform = platform.replace(')', '-')
    platform = platform.replace('unknown', '')
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1:] == '-':
        platform = platform[:-1]
    return platform


_platform_cache = {}


def platform(aliased=0, terse=0):
    """A single string identifying the underlying platform, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36'."""
    result = _platform_cache.get((aliased, terse), None)
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libcname, libcversion = libc_ver()
        platform = _platform(system, release, machine, processor,
                             'with', libcname + libcversion)
    elif terse:
        platform = _platform(system, release)
    else:
        platform = _platform(system, release, machine, processor)
    _platform_cache[(aliased, terse)] = platform
    return platform


# ---- the interpreter --------------------------------------------------------

def _sys_version():
    """(name, version, branch, revision, buildno, builddate, compiler)."""
    m = re.match(r'([\w.+]+)\s*(?:\|[^|]*\|)?\s*\(([^,]*),\s*([^)]*)\)\s*\[([^\]]*)\]?',
                 sys.version)
    if m:
        buildno, builddate, compiler = m.group(2), m.group(3), m.group(4)
        builddate = ' '.join(part.strip() for part in builddate.split(','))
    else:
        buildno, builddate, compiler = '', '', ''
    version = '%d.%d.%d' % sys.version_info[:3]
    return ('Glass', version, '', '', buildno, builddate, compiler)


def python_implementation():
    """The interpreter's implementation: 'Glass' (CPython answers
    'CPython', PyPy 'PyPy')."""
    return _sys_version()[0]


def python_version():
    """The Python version as a string 'major.minor.patchlevel'."""
    return _sys_version()[1]


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor, patchlevel)."""
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    """The branch the interpreter was built from ('' if unknown)."""
    return _sys_version()[2]


def python_revision():
    """The revision the interpreter was built from ('' if unknown)."""
    return _sys_version()[3]


def python_build():
    """(buildno, builddate) of the interpreter."""
    return _sys_version()[4:6]


def python_compiler():
    """The compiler the interpreter was built with, e.g. 'GCC 12.2.0'."""
    return _sys_version()[6]


# ---- other systems (empty answers on Linux) -----------------------------------

def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


# ---- /etc/os-release ------------------------------------------------------------

_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    info = {
        "NAME": "Linux",
        "ID": "linux",
        "PRETTY_NAME": "Linux",
    }
    line_re = re.compile(r"^([a-zA-Z_][a-zA-Z0-9_]*)=(.*)$")
    for line in lines:
        mo = line_re.match(line.rstrip('\n'))
        if mo is not None:
            value = mo.group(2)
            if value[:1] in ('"', "'") and value[-1:] == value[:1] and len(value) > 1:
                value = value[1:-1]
                value = re.sub(r'\\([\\$"\'`])', r'\1', value)
            info[mo.group(1)] = value
    return info


def freedesktop_os_release():
    """Return the operating system identification as a dict read from
    /etc/os-release (or /usr/lib/os-release)."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(
                errno,
                f"Unable to read files {', '.join(_os_release_candidates)}"
            )
    return _os_release_cache.copy()


if __name__ == '__main__':
    terse = ('terse' in sys.argv or '--terse' in sys.argv)
    aliased = (not 'nonaliased' in sys.argv and not '--nonaliased' in sys.argv)
    print(platform(aliased, terse))
    sys.exit(0)
