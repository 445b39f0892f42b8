import os
import shutil
import io

base = '/tmp/glass_shutil_test_%d' % os.getpid()
os.mkdir(base)
os.chdir(base)

a = io.BytesIO(b'hello world' * 1000)
b = io.BytesIO()
shutil.copyfileobj(a, b, 7)
print(len(b.getvalue()), b.getvalue()[:11])

with open('src.txt', 'w') as f:
    f.write('some text\n')
os.chmod('src.txt', 0o640)
print(shutil.copyfile('src.txt', 'dst.txt'))
print(open('dst.txt').read(), end='')
try:
    shutil.copyfile('src.txt', 'src.txt')
except shutil.SameFileError as e:
    print('SameFileError', e, isinstance(e, shutil.Error), isinstance(e, OSError))
os.mkdir('d')
print(shutil.copy('src.txt', 'd'))
print(oct(os.stat('d/src.txt').st_mode & 0o777))
print(shutil.copy2('src.txt', 'd/two.txt'))
print(oct(os.stat('d/two.txt').st_mode & 0o777))

os.makedirs('tree/sub/deep')
with open('tree/a.py', 'w') as f:
    f.write('a')
with open('tree/sub/b.txt', 'w') as f:
    f.write('b')
with open('tree/sub/deep/c.pyc', 'w') as f:
    f.write('c')
print(shutil.copytree('tree', 'tree2'))
def listing(top):
    out = []
    for dp, dn, fn in os.walk(top):
        for n in fn:
            out.append(os.path.join(dp, n))
    return sorted(out)
print(listing('tree2'))
try:
    shutil.copytree('tree', 'tree2')
except FileExistsError:
    print('FileExistsError')
shutil.copytree('tree', 'tree2', dirs_exist_ok=True)
shutil.copytree('tree', 'tree3', ignore=shutil.ignore_patterns('*.pyc'))
print(listing('tree3'))
shutil.rmtree('tree2')
print(os.path.exists('tree2'))
try:
    shutil.rmtree('nonexistent')
except FileNotFoundError:
    print('FileNotFoundError')
shutil.rmtree('nonexistent', ignore_errors=True)
calls = []
shutil.rmtree('nonexistent', onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
print(calls)

print(shutil.move('dst.txt', 'moved.txt'))
print(os.path.exists('dst.txt'), open('moved.txt').read(), end='')
print(shutil.move('moved.txt', 'd'))
print(shutil.move('tree3', 'tree4'))
print(listing('tree4'))
try:
    shutil.move('src.txt', 'd')
except shutil.Error as e:
    print('Error', str(e).replace(base, '<base>'))

print(shutil.which('sh') is not None)
print(shutil.which('no-such-command-glass'))
os.mkdir('bin')
with open('bin/tool', 'w') as f:
    f.write('#!/bin/sh\n')
os.chmod('bin/tool', 0o755)
print(shutil.which('tool', path='bin'))
print(shutil.which('bin/tool'))

os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '30'
print(shutil.get_terminal_size())
print(tuple(shutil.get_terminal_size()))
os.environ['COLUMNS'] = 'x'
del os.environ['LINES']
sz = shutil.get_terminal_size((55, 11))
print(sz.columns > 0, sz.lines > 0)

os.chdir('/')
shutil.rmtree(base)
print(os.path.exists(base))
