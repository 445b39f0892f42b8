import os
import platform
import struct
import sys

u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system == os.uname().sysname, u.node == os.uname().nodename,
      u.release == os.uname().release, u.version == os.uname().version,
      u.machine == os.uname().machine)
print(tuple(u)[:5] == tuple(os.uname()), tuple(u)[5] == u.processor == u[5] == u[-1])
print(repr(u).startswith("uname_result(system="), repr(u).count('='))
print(u is platform.uname(), isinstance(u, tuple))
r = u._replace(system='Other')
print(r.system, r.node == u.node, len(r))
print(platform.uname_result('a', 'b', 'c', 'd', 'e'))
print(platform.system() == u.system, platform.node() == u.node, platform.release() == u.release,
      platform.version() == u.version, platform.machine() == u.machine)
print(platform.system(), type(platform.processor()).__name__)

print(platform.architecture())
print(platform.architecture(sys.executable)[0] == str(struct.calcsize('P') * 8) + 'bit')
print(platform.architecture('/nonexistent/file'))

lib, ver = platform.libc_ver()
print(lib, ver.count('.') >= 1)
p = platform.platform()
print(p.startswith(platform.system() + '-' + platform.release()), p.endswith(lib + ver))
print(platform.platform(terse=1) == p, '--' in p, ' ' in p)

v = platform.python_version()
print(type(v).__name__, v.split('.')[:2], v.count('.'))
t = platform.python_version_tuple()
print(type(t).__name__, len(t), t[:2], all(isinstance(x, str) for x in t))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_implementation() in ('CPython', 'Glass'))
b = platform.python_build()
print(type(b).__name__, len(b), all(isinstance(x, str) for x in b))
print(type(platform.python_compiler()).__name__, repr(platform.python_revision()))

print(platform.system_alias('Linux', '6.0', 'v'), platform.system_alias('win32', '10', 'v'))
print(platform.java_ver(), platform.mac_ver(), platform.win32_ver())
print(platform.win32_edition(), platform.win32_is_iot())
osr = platform.freedesktop_os_release()
print(type(osr).__name__, 'ID' in osr, 'NAME' in osr)
