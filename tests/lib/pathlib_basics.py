import os
import pathlib
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePath('a', 'b/c', 'd.tar.gz')
print(repr(p), str(p), type(p).__name__)
print(p.parts, p.name, p.suffix, p.suffixes, p.stem)
print(repr(p.parent), list(p.parents), len(p.parents), p.parents[-1], p.parents[0:2])
print(repr(PurePosixPath()), repr(PurePosixPath('')), repr(PurePosixPath('.', './x/.')))
print(PurePosixPath('/a//b/./c/'), PurePosixPath('//a'), PurePosixPath('///a'))
print(PurePosixPath('/a', '/b', 'c'), PurePosixPath('a') / 'b' / PurePosixPath('c'))
print('x' / PurePosixPath('y'), PurePosixPath('/').parts, PurePosixPath('//x').parts)
print(PurePosixPath('/').name == '', PurePosixPath('/').parent, PurePosixPath('.').parent)
print(PurePosixPath('/a/b').anchor, repr(PurePosixPath('a').root), PurePosixPath('a').drive == '')
print(PurePosixPath('.bashrc').suffix, PurePosixPath('.bashrc').stem, PurePosixPath('a.').suffix)
print(PurePosixPath('x.').suffixes, PurePosixPath('..a.b').suffixes, PurePosixPath('f.tar.gz').stem)
q = PurePosixPath('/home/u/file.txt')
print(q.with_name('g.py'), q.with_suffix('.md'), q.with_suffix(''), q.with_stem('new'))
print(PurePosixPath('noext').with_suffix('.x'))
for bad in [lambda: q.with_name(''), lambda: q.with_name('a/b'), lambda: q.with_suffix('md'),
            lambda: q.with_suffix('.'), lambda: PurePosixPath('/').with_name('x'),
            lambda: PurePosixPath('').with_suffix('.x')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(q.is_absolute(), PurePosixPath('a/b').is_absolute())
print(q.joinpath('x', 'y'), q.joinpath('/abs'))
print(q.relative_to('/home'), q.relative_to('/home', 'u'), q.relative_to(q))
for a, b in [('/home/u', '/etc'), ('a/b', '/a'), ('/a', 'a'), ('a/b', 'c'), ('/a', '')]:
    try:
        PurePosixPath(a).relative_to(b)
    except ValueError as e:
        print('ValueError', e)
print(PurePosixPath('a/b').relative_to(''))
print(q.is_relative_to('/home'), q.is_relative_to('/etc'))
print(q.match('*.txt'), q.match('u/*.txt'), q.match('/home/*/*.txt'), q.match('/u/*.txt'),
      q.match('*.py'), PurePosixPath('a/b').match('x/a/b'), PurePosixPath('A.TXT').match('*.txt'))
try:
    q.match('')
except ValueError as e:
    print('ValueError', e)
print(q.as_posix(), os.fspath(q), bytes(q))
print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') == PurePosixPath('A'),
      PurePosixPath('a') == 'a', PurePosixPath('a') == PosixPath('a'))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a', 'b')))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('/z') < PurePosixPath('a'),
      sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]))
try:
    PurePosixPath('a') < 'b'
except TypeError:
    print('TypeError')
try:
    PurePosixPath(b'a')
except TypeError as e:
    print('TypeError', e)
try:
    PurePosixPath('a') / 3
except TypeError:
    print('TypeError /')
print(repr(Path('a/b')), type(Path()).__name__, isinstance(Path('x'), PurePath),
      isinstance(Path('x'), PurePosixPath), repr(Path('a').parents))
print(PurePosixPath('/a/b/c').parents[1], list(PurePosixPath('/a').parents))

base = Path('/tmp') / ('glass_pathlib_test_%d' % os.getpid())
base.mkdir()
old = os.getcwd()
os.chdir(base)
print(Path.cwd() == base, base.exists(), base.is_dir(), base.is_file())
d = Path('x/y/z')
try:
    d.mkdir()
except FileNotFoundError:
    print('FileNotFoundError')
d.mkdir(parents=True)
d.mkdir(parents=True, exist_ok=True)
try:
    d.mkdir()
except FileExistsError:
    print('FileExistsError')
f = Path('x/hello.txt')
print(f.write_text('hi there\n'), f.read_text(), f.exists(), f.is_file(), f.is_dir())
print(Path('x/data.bin').write_bytes(b'\x00\x01'), Path('x/data.bin').read_bytes())
try:
    f.write_text(b'no')
except TypeError as e:
    print('TypeError', e)
with f.open('a') as h:
    h.write('more\n')
with f.open() as h:
    print(h.readlines())
print(f.stat().st_size)
Path('x/.hidden').write_text('')
Path('x/y/a.py').write_text('')
Path('x/y/z/b.py').write_text('')
print(sorted(Path('x').iterdir()))
print(sorted(Path('x').glob('*')))
print(sorted(Path('.').glob('x/*.txt')))
print(sorted(Path('x').glob('**/*.py')))
print(sorted(Path('x').rglob('*.py')))
print(sorted(Path('x').glob('**')))
print(sorted(Path('x').glob('y/*')), sorted(Path('x').glob('nope/*')))
print(sorted(Path('x').glob('*/z')))
try:
    list(Path('x').glob('/abs'))
except NotImplementedError as e:
    print('NotImplementedError', e)
g = f.rename('x/renamed.txt')
print(repr(g), f.exists(), g.exists())
g.unlink()
g.unlink(missing_ok=True)
try:
    g.unlink()
except FileNotFoundError:
    print('FileNotFoundError')
print(Path('nope').exists(), Path('nope/deeper').is_dir(), Path('x/data.bin/q').exists())
print(Path('x/y/../y').resolve() == base / 'x/y', Path('a/b').absolute() == base / 'a/b',
      Path('/a').absolute())
print(Path('~').expanduser() == Path(os.path.expanduser('~')), Path('~/q').expanduser().name,
      Path.home() == Path(os.path.expanduser('~')), Path('a/~').expanduser())
Path('t').touch()
print(Path('t').exists(), Path('t').read_bytes())
Path('t').unlink()
Path('x/y/z/b.py').unlink()
Path('x/y/z').rmdir()
print(Path('x/y/z').exists())
os.chdir(old)
import shutil
shutil.rmtree(base)
print(base.exists())
