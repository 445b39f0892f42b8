from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urldefrag,
                          ParseResult, SplitResult, DefragResult)

urls = [
    'http://www.example.com:80/path/to/page.html;params?q=1&r=2#frag',
    'https://user:pw@Host.Example.COM:8443/a/b?x=y',
    'ftp://ftp.example.org/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//netloc/only/path',
    '/just/a/path?q',
    'relative/path#f',
    'HTTP://EXAMPLE.com/UPPER',
    'http://[::1]:8080/ipv6',
    'http://[fe80::1%25eth0]/scoped',
    'tel:+1-816-555-1212',
    'news:comp.lang.python',
    'path;with;semicolons',
    'http://a/b;p1/c;p2',
    '  http://leading.spaces/',
    'http://tab\tnew\nline/x',
    'urn:isbn:0451450523',
    '1http://not-a-scheme',
    'svn+ssh://host/repo',
    '',
    'http://host?query#frag?x',
    'http://host#frag',
    'http:',
    'http://',
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print(' ', p)
    print(' ', s)
    print('  unparse:', urlunparse(p), '| unsplit:', urlunsplit(s), '| geturl:', p.geturl())

print(urlsplit('http://h/p#f', allow_fragments=False))
print(urlparse('http://h/p#f', allow_fragments=False))
print(urlparse('www.example.com/x', scheme='https'))
print(urlparse('//example.com/x', scheme='https'))
print(urlunsplit(('http', '', 'x', '', '')), urlunsplit(('', '', '//x', '', '')))
print(urlunparse(('https', 'h', 'p', 'par', 'q', 'f')))
print(urlunsplit(['mailto', '', 'a@b', 'subject=hi', '']))

p = urlparse('http://h/p?q#f')
print(p.scheme, p.netloc, p.path, p.params, p.query, p.fragment)
print(p._replace(fragment='', query='z=1').geturl())
print(p._fields, SplitResult._fields, DefragResult._fields)
print(isinstance(p, tuple), len(p), p[0], tuple(p))
print(type(p).__name__, type(p).__mro__[1].__name__)

d = urldefrag('http://h/p?q=1#section-2')
print(d, d.url, d.fragment, d.geturl())
d = urldefrag('http://h/p?q=1')
print(d, d.geturl())
print(urldefrag('#only'))
