# os: environ is a mapping synchronised with the process environment
import os

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull)
key = 'GLASS_TEST_ENV_KEY'
print(key in os.environ, os.getenv(key), os.getenv(key, 'default'), os.environ.get(key, 'g'))
os.environ[key] = 'value 1'
print(key in os.environ, os.environ[key], os.getenv(key), len(os.environ) > 0)
print(os.system('test "$GLASS_TEST_ENV_KEY" = "value 1"'))
os.environ.update({key: 'value 2'})
print(os.environ[key], os.environ.setdefault(key, 'x'), os.environ.setdefault(key + '2', 'sd'))
print(os.environ.pop(key + '2'), os.environ.pop(key + '2', 'gone'))
del os.environ[key]
print(key in os.environ, os.getenv(key), os.system('test -z "$GLASS_TEST_ENV_KEY"'))
os.putenv(key, 'direct')
print(key in os.environ, os.system('test "$GLASS_TEST_ENV_KEY" = direct'))
os.unsetenv(key)
print(os.system('test -z "$GLASS_TEST_ENV_KEY"'))
print(type(os.environ.copy()).__name__, all(isinstance(k, str) for k in os.environ))
print(sorted(k for k in os.environ.keys() if k.startswith('GLASS_TEST')), os.environ == os.environ.copy())
print(isinstance(os.getpid(), int), os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
print(os.get_exec_path({'PATH': '/bin:/usr/bin'}), os.get_exec_path({}))
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fspath(b'x'))
for bad in [lambda: os.environ[1], lambda: os.environ.__setitem__('a', None), lambda: os.environ['GLASS_NOT_SET_KEY']]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname='Linux'"))
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24), isinstance(ts, tuple))
for bad in [lambda: os.terminal_size((1, 2, 3)), lambda: os.get_terminal_size(os.open('/dev/null', os.O_RDONLY))]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
