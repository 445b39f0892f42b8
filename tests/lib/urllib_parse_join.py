from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
            'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
            '../..', '../../', '../../g', '../../../g', '../../../../g',
            '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.',
            'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
            'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https://other/x']:
    print(repr(rel), '->', urljoin(base, rel))

print(urljoin('http://a/b/c/', '../../../x'))
print(urljoin('http://a/b//c/d', 'e'))
print(urljoin('http://a', 'b'))
print(urljoin('', 'x'), urljoin('http://a/b', ''))
print(urljoin('mailto:a@b', 'c'))
print(urljoin('http://a/b#frag', '#other', allow_fragments=False))
print(urljoin('svn://host/repo/trunk/', '../branches'))
print(urljoin('file:///tmp/a/b', 'c'))
print(urljoin(b'http://a/b/c', b'../d'))
try:
    urljoin('http://a/', b'x')
except TypeError as e:
    print('TypeError:', e)
