# os: OSError subclasses with errno, strerror and filenames; argument type errors
import os
import errno

base = '/tmp/glass_test_os_errors'
missing = base + '/missing'
if not os.path.isdir(base):
    os.mkdir(base)
calls = [
    lambda: os.stat(missing), lambda: os.listdir(missing), lambda: os.remove(missing),
    lambda: os.rmdir(missing), lambda: os.chdir(missing), lambda: os.mkdir(base),
    lambda: os.rename(missing, base + '/x'), lambda: os.remove(base),
    lambda: os.stat(1.5), lambda: os.mkdir(5), lambda: os.listdir(1.5), lambda: os.fspath(5),
    lambda: os.stat('a\0b'), lambda: os.urandom(-1), lambda: os.putenv('a=b', 'c'),
    lambda: os.environ['GLASS_NOPE_NOPE'], lambda: os.open(missing, os.O_RDONLY),
    lambda: os.readlink(base), lambda: os.environ.__setitem__('X', 1),
    lambda: os.makedirs(base), lambda: os.listdir(missing.encode()),
]
for call in calls:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.errorcode and 0 or errno.errorcode[e.errno],
              e.strerror, repr(e.filename), repr(e.filename2), '|', e)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    os.remove(missing)
except FileNotFoundError as e:
    print(isinstance(e, OSError), e.args)
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.error is OSError)
os.rmdir(base)
