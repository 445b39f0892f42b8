# os: creating, listing, renaming, statting and removing files and directories
import os
import stat

base = '/tmp/glass_test_os_files'
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base), os.listdir(base))
f1 = os.path.join(base, 'one.txt')
with open(f1, 'w') as f:
    f.write('hello glass\n')
st = os.stat(f1)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st), type(st).__name__)
print(isinstance(st, tuple), st[6] == st.st_size, st[stat.ST_MODE] == st.st_mode)
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
print(int(st.st_mtime) == st[8], st.st_mtime_ns // 10**9 == st[8], os.path.getsize(f1))
print(repr(st).startswith('os.stat_result(st_mode='), os.stat_result.n_sequence_fields)
print(os.access(f1, os.R_OK), os.access(f1, os.F_OK), os.access(base + '/nope', os.F_OK))
os.chmod(f1, 0o600)
print(oct(stat.S_IMODE(os.stat(f1).st_mode)), stat.filemode(os.stat(f1).st_mode))
f2 = os.path.join(base, 'two.txt')
os.rename(f1, f2)
print(sorted(os.listdir(base)), os.path.exists(f1), os.path.exists(f2))
os.symlink(f2, f1)
print(os.path.islink(f1), os.readlink(f1) == f2, os.path.realpath(f1) == f2, sorted(os.listdir(base)))
print(stat.S_ISLNK(os.lstat(f1).st_mode), stat.S_ISLNK(os.stat(f1).st_mode))
print(sorted(os.listdir(base.encode())))
os.replace(f2, os.path.join(base, 'three.txt'))
print(sorted(os.listdir(base)), os.path.exists(f1), os.path.lexists(f1))
os.unlink(f1)
os.remove(os.path.join(base, 'three.txt'))
print(os.listdir(base))
fd = os.open(os.path.join(base, 'raw'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'raw bytes'), os.close(fd))
fd = os.open(os.path.join(base, 'raw'), os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 10), os.fstat(fd).st_size)
os.close(fd)
os.remove(os.path.join(base, 'raw'))
os.rmdir(base)
print(os.path.exists(base))
