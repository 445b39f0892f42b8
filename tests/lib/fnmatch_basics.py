# fnmatch: matching, filter and translate's exact regex text.
import fnmatch

pats = ['*.py', 'a?c', '[!a-z]*', '[]]', '[!]]', '*', '**', '', '?', 'abc',
        '[a-c]x', '[z-a]', '[a-c-e]', '[-a]', '[a-]', '[!-]', '[', '[!', 'a[',
        '[\\]', '[^x]', '[[]', '[a&&b]', '[a||b]', '[~~]', 'a.b+c(d)', '[!]',
        '[]-a]', '*.[ch]', 'x*y', '[a-z][0-9]?', '$^|{}', 'a b\tc', 'é*']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

# text between stars becomes an atomic group
print(fnmatch.translate('*a*b*'), fnmatch.translate('x*[!a]?*y*z'))

tests = [
    ('foo.py', '*.py'), ('foo.pyc', '*.py'), ('.py', '*.py'), ('abc', 'a?c'),
    ('ac', 'a?c'), ('a\nc', 'a?c'), ('Abc', '[!a-z]*'), ('abc', '[!a-z]*'),
    (']', '[]]'), ('x', '[]]'), ('a', '[!]]'), ('[', '['), ('[x', '[x'),
    ('b', '[a-c]'), ('-', '[a-]'), ('-', '[-a]'), ('d', '[a-c-e]'), ('-', '[a-c-e]'),
    ('e', '[a-c-e]'), ('a', '[z-a]'), ('\\', '[\\]'), ('^', '[^x]'), ('x', '[^x]'),
    ('&', '[a&&b]'), ('foo\n', 'foo'), ('foo\nbar', 'foo*'), ('', '*'), ('', ''),
    ('a', ''), ('xaaay', 'x*a*y'), ('xay', 'x*a*a*y'), ('x.c', '*.[ch]'),
    ('a' * 50 + 'b', '*a*a*a*a*a*a*a*a*a*a*c'),
]
for name, pat in tests:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

print(fnmatch.fnmatch('ABC.PY', '*.py'), fnmatch.fnmatchcase('ABC.PY', '*.PY'))
names = ['a.py', 'b.txt', 'c.py', 'README', '.hidden.py', 'd.PY']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '[!.]*'))
print(fnmatch.filter(names, '?.*'))
print(fnmatch.filter([], '*'))
print(fnmatch.filter(iter(names), '*E*'))

# bytes patterns and names
print(fnmatch.fnmatchcase(b'foo.py', b'*.py'), fnmatch.fnmatch(b'foo.c', b'*.py'))
print(fnmatch.filter([b'a.py', b'b.c', b'\xe9.py'], b'?.py'))

try:
    fnmatch.fnmatchcase('foo', b'foo')
except TypeError as e:
    print(type(e).__name__)
try:
    fnmatch.translate(None)
except TypeError as e:
    print(type(e).__name__)
print(sorted(fnmatch.__all__))
