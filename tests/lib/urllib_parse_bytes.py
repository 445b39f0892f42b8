from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urldefrag,
                          ParseResultBytes, SplitResultBytes, DefragResultBytes, unwrap)

b = urlparse(b'http://user:pw@Host:80/p;x?q=1#f')
print(b)
print(b.username, b.password, b.hostname, b.port, b.geturl())
print(type(b).__name__, isinstance(b, ParseResultBytes))
s = urlsplit(b'https://[::1]:99/a')
print(s, s.hostname, s.port)
print(s.decode(), type(s.decode()).__name__)
print(urlparse('http://h/p').encode(), urlsplit('http://h/p').encode('utf-8'))
print(urlunparse(b), urlunsplit(s))
print(urldefrag(b'http://h/p#frag'), urldefrag(b'http://h/p#frag').geturl())
print(urldefrag(b'x#y').decode())
print(urlsplit(b''), urlsplit(bytearray(b'http://x/y')) if False else '')
try:
    urlparse('http://x', b'http')
except TypeError as e:
    print('TypeError:', e)
try:
    urlparse(b'http://h\xff/')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(urlunparse([b'http', b'h', b'/p', b'', b'', b'']))
print(unwrap('<URL:http://example.com/>'), unwrap(' <http://x> '), unwrap('plain'))
