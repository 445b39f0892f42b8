# os: makedirs, walk (top-down, bottom-up, pruning), removedirs, getcwd/chdir
import os

base = '/tmp/glass_test_os_walk'
def cleanup():
    if os.path.exists(base):
        for top, dirs, files in os.walk(base, topdown=False):
            for f in files:
                os.remove(os.path.join(top, f))
            for d in dirs:
                os.rmdir(os.path.join(top, d))
        os.rmdir(base)
cleanup()
os.makedirs(base + '/a/b/c')
os.makedirs(base + '/a/b/c', exist_ok=True)
try:
    os.makedirs(base + '/a/b')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == base + '/a/b')
os.makedirs(base + '/d')
for name in ['a/f1', 'a/b/f2', 'd/f3', 'top']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name)
def show(walker):
    for top, dirs, files in walker:
        print(os.path.relpath(top, base), sorted(dirs), sorted(files))
show(sorted(os.walk(base)))
print('bottom-up last is top:', list(os.walk(base, topdown=False))[-1][0] == base)
for top, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != 'a']
    print('pruned', os.path.relpath(top, base), sorted(dirs))
errors = []
print(list(os.walk(base + '/missing', onerror=errors.append)), type(errors[0]).__name__)
old = os.getcwd()
os.chdir(base + '/a')
print(os.getcwd() == os.path.realpath(base + '/a'), sorted(os.listdir()), os.path.abspath('b') == os.getcwd() + '/b')
print(os.path.relpath(base + '/d'), os.path.exists('f1'), os.path.isfile('b/f2'))
os.chdir(old)
os.remove(base + '/a/b/f2')
os.removedirs(base + '/a/b/c')
print(os.path.exists(base + '/a/b'), os.path.exists(base + '/a'))
cleanup()
print(os.path.exists(base))
