# Text files in the one-byte charmap encodings and the aliases of utf-8/latin-1/ascii.
import io
path = '/tmp/glass_test_encfiles.txt'
for enc in ['cp1252', 'windows-1252', 'iso-8859-15', 'cp437', 'latin2', 'mac_roman',
            'cp850', 'u8', 'iso8859', 'us']:
    text = {'cp437': '\xc7a\u2591\r\nb\n', 'cp850': '\xf8\xa9\nx\n',
            'latin2': '\u0141\u017b\nz\n', 'mac_roman': '\u2122\u03c0\nq\n',
            'us': 'plain\nascii\n', 'iso8859': '\xe9\xff\n\n'}.get(enc, '\u20ac caf\xe9\nline 2\n')
    with open(path, 'w', encoding=enc) as f:
        print(f.encoding, f.write(text))
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, encoding=enc) as f:
        print(f.readlines())
    with open(path, encoding=enc, newline='') as f:
        print(repr(f.read(3)), repr(f.read()))
with open(path, 'w', encoding='cp1252', errors='replace') as f:
    f.write('a\u4e00b')
with open(path, 'rb') as f:
    print(f.read())
try:
    with open(path, 'w', encoding='cp1252') as f:
        f.write('a\u4e00b')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(path, 'wb') as f:
    f.write(b'ok\x81\x90\n')
try:
    with open(path, encoding='cp1252') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(path, encoding='cp1252', errors='surrogateescape') as f:
    print(ascii(f.read()))
t = io.TextIOWrapper(io.BytesIO(b'\x80\xa4'), encoding='iso8859_15')
print(t.read(), t.encoding)
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
t.reconfigure(encoding='cp437')
t.write('\u2591')
t.flush()
print(t.buffer.getvalue(), t.encoding)
try:
    open(path, encoding='nope')
except LookupError as e:
    print('LookupError', e)
import os
os.remove(path)
