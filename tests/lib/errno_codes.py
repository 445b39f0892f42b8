# errno: symbolic error codes and the errorcode mapping
import errno

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EINVAL, errno.EISDIR)
print(errno.ENOTDIR, errno.ENOTEMPTY, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[errno.EAGAIN])
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(type(errno.errorcode).__name__, len(errno.errorcode) > 100)
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names) > 100, all(getattr(errno, n) in errno.errorcode for n in names))
print(all(errno.errorcode[v].startswith('E') for v in errno.errorcode))
print(sorted(errno.errorcode.items())[:8])
try:
    open('/nonexistent/glass_test_errno')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
print(errno.__name__, errno.__doc__.splitlines()[0])
