import os
import tempfile

td = tempfile.gettempdir()
print(os.path.isabs(td), os.path.isdir(td), td == tempfile.gettempdir())
print(tempfile.gettempprefix())

base = tempfile.mkdtemp(prefix='glass_tf_')
print(os.path.isdir(base), os.path.basename(base).startswith('glass_tf_'))
print(oct(os.stat(base).st_mode & 0o777))

fd, name = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base)
print(type(fd).__name__, os.path.dirname(name) == base)
b = os.path.basename(name)
print(b.startswith('pre_'), b.endswith('.txt'), len(b))
print(oct(os.stat(name).st_mode & 0o777))
os.write(fd, b'data')
os.close(fd)
print(open(name, 'rb').read())

d2 = tempfile.mkdtemp(dir=base)
print(os.path.basename(d2).startswith('tmp'), os.path.isdir(d2))
names = set()
for i in range(20):
    fd, n = tempfile.mkstemp(dir=base)
    os.close(fd)
    names.add(n)
print(len(names))

with tempfile.NamedTemporaryFile(dir=base, suffix='.log') as f:
    print(os.path.exists(f.name), f.name.endswith('.log'))
    f.write(b'abc')
    f.flush()
    f.seek(0)
    print(f.read())
    print(open(f.name, 'rb').read())
    n = f.name
print(os.path.exists(n), f.closed)

f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False)
f.write('text\nlines\n')
f.seek(0)
print(list(f))
f.close()
print(os.path.exists(f.name))
os.unlink(f.name)

f = tempfile.NamedTemporaryFile(mode='w', dir=base)
n = f.name
f.close()
print(os.path.exists(n))

with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'xyz')
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile('w+', dir=base) as f:
    f.write('hello')
    f.seek(0)
    print(f.read())

with tempfile.TemporaryDirectory(dir=base) as d:
    print(os.path.isdir(d), os.path.dirname(d) == base)
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'b', 'f'), 'w') as g:
        g.write('x')
print(os.path.exists(d))

t = tempfile.TemporaryDirectory(prefix='p', suffix='s', dir=base)
print(os.path.basename(t.name)[0], os.path.basename(t.name)[-1], repr(t).startswith('<TemporaryDirectory '))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()

s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
s.write(b'12345')
print(s.tell())
s.write(b'67890abc')
s.seek(0)
print(s.read())
s.close()

import shutil
print(len(os.listdir(base)))
shutil.rmtree(base)
print(os.path.exists(base))
