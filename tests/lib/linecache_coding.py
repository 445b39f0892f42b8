# linecache reads files as tokenize.open does: BOM, PEP 263 cookies, undecodable files.
import linecache
import os
import tempfile

d = tempfile.mkdtemp()
files = {
    'latin.py': '# -*- coding: latin-1 -*-\ns = "caf\u00e9"\n'.encode('latin-1'),
    'second.py': '#!/usr/bin/env python\n# coding=iso-8859-1\nx = "\u00fc"\n'.encode('latin-1'),
    'bom.py': b'\xef\xbb\xbfx = "\xc3\xa9"\n',
    'utf8.py': 'x = "\u20ac"\ny = 2'.encode('utf-8'),
    'bad.py': b'x = "\xff"\n',
    'unknown.py': b'# coding: no-such-codec\nx = 1\n',
    'crlf.py': b'a = 1\r\nb = 2\r\n',
}
for name in sorted(files):
    path = os.path.join(d, name)
    with open(path, 'wb') as f:
        f.write(files[name])
    print(name, linecache.getlines(path))
    print('  ', repr(linecache.getline(path, 2)))
    os.remove(path)
os.rmdir(d)
