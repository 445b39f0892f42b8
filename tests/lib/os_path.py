# os.path: the pure string operations on POSIX paths (str and bytes)
import os
import os.path

p = os.path
print(p is os.path, p.__name__, p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, repr(p.altsep))
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('a', ''))
print(p.join(b'a', b'b'), p.join('/'), p.join('a', 'b/', 'c'))
print(p.split('/usr/lib/x.py'), p.split('x.py'), p.split('/'), p.split('//a//b//'), p.split(''))
print(p.splitext('x.tar.gz'), p.splitext('.bashrc'), p.splitext('a/.b.c'), p.splitext('a.b/c'))
print(p.splitext('...x'), p.splitext('noext'), p.splitext(b'f.txt'), p.splitdrive('/a/b'))
print(p.basename('/x/y.txt'), p.basename('/x/'), p.dirname('/x/y.txt'), p.dirname('y'), p.dirname('//a'))
print(p.isabs('/a'), p.isabs('a'), p.isabs(b'/'), p.normcase('AbC'))
for s in ['/a/./b/../c//d', 'a/../../b', '//a', '///a', '', '.', 'a/b/..', '/..', '../x/./', b'/a//b/']:
    print(repr(s), '->', repr(p.normpath(s)))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/libexec']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib', '/usr/local/x', '/usr/lib2']), p.commonpath(['a/b', 'a/c']))
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/a/b'))
home = os.environ.get('HOME')
os.environ['HOME'] = '/home/glass_test'
print(p.expanduser('~/x'), p.expanduser('~'), p.expanduser('x~'), p.expanduser(b'~/b'))
os.environ['GLASS_TEST_VAR'] = 'val'
print(p.expandvars('$GLASS_TEST_VAR/a ${GLASS_TEST_VAR}b $NOPE_GLASS_NOPE ${x $'))
if home is not None:
    os.environ['HOME'] = home
class P:
    def __fspath__(self):
        return '/tmp/pathlike'
print(p.basename(P()), p.join(P(), 'x'), p.split(P()), os.fspath(P()))
for call in [lambda: p.join('a', 1), lambda: p.join(1), lambda: p.join('a', b'b'),
             lambda: p.commonpath([]), lambda: p.commonpath(['/a', 'b']), lambda: p.relpath(''),
             lambda: p.basename(None)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
