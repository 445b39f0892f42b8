# os: scandir and DirEntry (name, path, type queries, stat, context manager)
import os

base = '/tmp/glass_test_os_scandir'
def cleanup():
    if os.path.isdir(base):
        for e in os.scandir(base):
            if e.is_dir(follow_symlinks=False):
                os.rmdir(e.path)
            else:
                os.remove(e.path)
        os.rmdir(base)
cleanup()
os.mkdir(base)
os.mkdir(base + '/sub')
with open(base + '/file.txt', 'w') as f:
    f.write('12345')
os.symlink(base + '/file.txt', base + '/link')
os.symlink(base + '/sub', base + '/dirlink')
os.symlink(base + '/missing', base + '/broken')
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
f = entries[2]
print(f.name, f.stat().st_size, f.inode() == os.stat(f.path).st_ino, os.fspath(f) == f.path)
print(entries[3].stat().st_size, entries[3].stat(follow_symlinks=False).st_size != 5)
try:
    entries[0].stat()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
old = os.getcwd()
os.chdir(base)
print(sorted(e.name for e in os.scandir()), sorted(e.path for e in os.scandir('.'))[:2])
os.chdir(old)
it = os.scandir(base)
next(it)
it.close()
print(list(it))
cleanup()
print(os.path.exists(base))
