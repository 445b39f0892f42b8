# The codecs module: lookup, encode/decode, incremental codecs, iterencode/iterdecode,
# open, BOM constants, error handler registry.
import codecs

for name in ['utf-8', 'UTF8', 'utf_8_sig', 'latin-1', 'Latin_1', 'ascii', 'utf-16',
             'utf_16_le', 'utf-32-be', 'cp1252', 'windows-1252', 'iso-8859-15', 'latin9',
             'cp437', 'iso8859_2', 'mac_roman', 'cp850', 'unicode_escape',
             'raw-unicode-escape', 'hex', 'base64', 'rot13']:
    ci = codecs.lookup(name)
    print(name, ci.name, isinstance(ci, tuple), len(ci), callable(ci.encode),
          callable(ci.decode), ci.incrementalencoder is not None or name in ('hex', 'base64', 'rot13'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
print(repr(codecs.lookup('utf-8'))[:40])

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE)

print(codecs.encode('h\xe9llo \u20ac', 'utf-8'))
print(codecs.encode('h\xe9llo', 'latin-1'), codecs.encode('\u20ac', 'cp1252'))
print(codecs.decode(b'h\xc3\xa9', 'utf-8'), codecs.decode(b'\x80', 'cp1252'))
print(codecs.decode(bytearray(b'abc')), codecs.encode('x'))
print(codecs.encode('abc\xff', 'ascii', 'replace'), codecs.decode(b'a\xffb', 'ascii', 'ignore'))
print(codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'))
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
try:
    codecs.encode('\u20ac', 'latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

enc = codecs.getencoder('utf-8')
dec = codecs.getdecoder('utf-8')
print(enc('h\xe9'), dec(b'h\xc3\xa9'), codecs.getdecoder('cp437')(b'\xb0\xb1'))
print(codecs.getencoder('utf-16-le')('ab'), codecs.getencoder('unicode_escape')('\n\xe9'))

# incremental utf-8 decoding: multi-byte sequences split across chunks
data = 'a\xe9\u20ac\U0001f600z'.encode('utf-8')
for step in [1, 2, 3]:
    d = codecs.getincrementaldecoder('utf-8')()
    out = [d.decode(data[i:i + step]) for i in range(0, len(data), step)]
    out.append(d.decode(b'', final=True))
    print(step, out)
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'ab\xe2\x82')), d.getstate())
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('final:', e)
d.reset()
print(repr(d.decode(b'\xff', False)) if False else 'reset', d.getstate())
try:
    d.decode(b'x\xe2\x28')
except UnicodeDecodeError as e:
    print('bad:', e)
d = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'', True)))
d = codecs.getincrementaldecoder('utf-8')('ignore')
print(repr(d.decode(b'\xf0\x9f')), repr(d.decode(b'\x98\x80!')))

# incremental utf-16 / utf-8-sig / cp1252
for encname in ['utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'cp1252', 'iso8859-15']:
    text = 'A\xe9\u20ac' + ('\U0001f600' if encname.startswith('utf') else '')
    e = codecs.getincrementalencoder(encname)()
    chunks = [e.encode(c) for c in text] + [e.encode('', True)]
    raw = b''.join(chunks)
    print(encname, raw == text.encode(encname), raw)
    d = codecs.getincrementaldecoder(encname)()
    out = ''.join(d.decode(raw[i:i + 1]) for i in range(len(raw))) + d.decode(b'', True)
    print('  ', out == text)

print(list(codecs.iterencode(['a', '\xe9', '', '\u20ac'], 'utf-8')))
print(list(codecs.iterdecode([b'a\xc3', b'\xa9', b'\xe2\x82', b'\xac'], 'utf-8')))
print(list(codecs.iterencode(['x', 'y'], 'utf-16')))
print(list(codecs.iterdecode([b'\xef\xbb', b'\xbfhi'], 'utf-8-sig')))

# codecs.open
path = '/tmp/glass_test_codecs.txt'
with codecs.open(path, 'w', encoding='utf-8') as f:
    f.write('caf\xe9\n')
    f.writelines(['\u20ac line 2\n', 'last'])
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with codecs.open(path, encoding='utf-8') as f:
    print(f.read())
with codecs.open(path, encoding='utf-8') as f:
    print(list(f))
with codecs.open(path, 'w', encoding='cp1252') as f:
    f.write('\u20ac\xe9')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, encoding='cp1252') as f:
    print(f.read())
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('hi')
    f.write('!')
with open(path, 'rb') as f:
    print(f.read())
f = codecs.open(path, 'w')
print(type(f).__name__)
f.close()
import os
os.remove(path)

# error handler registry
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    print(name, callable(codecs.lookup_error(name)))
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError', e)
exc = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'ordinal not in range(128)')
print(codecs.ignore_errors(exc), codecs.replace_errors(exc))
print(codecs.backslashreplace_errors(exc), codecs.xmlcharrefreplace_errors(exc))
print(codecs.namereplace_errors(exc))
dexc = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc),
      codecs.ignore_errors(dexc))
print(codecs.lookup_error('surrogateescape')(dexc))
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print('strict:', e)
try:
    codecs.xmlcharrefreplace_errors(dexc)
except TypeError as e:
    print('TypeError', e)

def myhandler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % ','.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]),
                exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error('glass.test', myhandler)
print(codecs.lookup_error('glass.test') is myhandler)
print('a\xe9\u20acb'.encode('ascii', 'glass.test'))
print('a\u20acb\u4e00'.encode('latin-1', 'glass.test'))
print('x\u4e00y'.encode('cp1252', 'glass.test'))
print('\ud800z'.encode('utf-8', 'glass.test'))
print(b'a\xff\xfeb\xc3'.decode('utf-8', 'glass.test'))
print(b'a\x81b'.decode('cp1252', 'glass.test'))
print(b'a\x80'.decode('ascii', 'glass.test'))
print(b'\\x4'.decode('unicode_escape', 'glass.test'))

def skipper(exc):
    return ('#', exc.end + 1)

codecs.register_error('glass.skip', skipper)
print('a\xe9bc\xe9d'.encode('ascii', 'glass.skip'))
print(b'a\xffbc\xffd'.decode('ascii', 'glass.skip'))
def back(exc):
    return ('?', -1)
codecs.register_error('glass.back', back)
print('ab\xe9cd'.encode('ascii', 'glass.back'))
def bad(exc):
    return 42
codecs.register_error('glass.bad', bad)
for f in [lambda: 'a\xe9'.encode('ascii', 'glass.bad'),
          lambda: b'a\xff'.decode('utf-8', 'glass.bad')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
def far(exc):
    return ('', 100)
codecs.register_error('glass.far', far)
try:
    'a\xe9'.encode('ascii', 'glass.far')
except IndexError as e:
    print('IndexError', e)
def bytesrep(exc):
    return (b'\xAA', exc.end)
codecs.register_error('glass.bytes', bytesrep)
print('a\u20ac'.encode('latin-1', 'glass.bytes'), 'a\u20ac'.encode('ascii', 'glass.bytes'))
print("-- more")
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: codecs.encode(b'x', 'utf-8'))
t(lambda: codecs.decode('x', 'utf-8'))
t(lambda: codecs.decode(memoryview(b'ab'), 'cp437'))
t(lambda: codecs.encode('x', 'hex'))
t(lambda: codecs.decode(b'zz', 'hex'))
t(lambda: codecs.lookup(3))
t(lambda: codecs.lookup('UTF-8').name)
t(lambda: codecs.getincrementaldecoder('unicode_escape')().decode(b'a\\x4'))
d = codecs.getincrementaldecoder('unicode_escape')()
t(lambda: [d.decode(b'a\\'), d.decode(b'u20'), d.decode(b'ac!'), d.decode(b'', True)])
d = codecs.getincrementaldecoder('utf-16')()
t(lambda: [d.decode(b'\xfe'), d.decode(b'\xff\x00'), d.decode(b'A\xd8'), d.decode(b'=\xde\x00'), d.decode(b'!', True)])
t(lambda: 'abc'.encode('cp850'))
t(lambda: '\u0394'.encode('cp437', 'backslashreplace'))
t(lambda: b'\\u00e9\\'.decode('raw_unicode_escape'))
t(lambda: 'é\\'.encode('raw_unicode_escape'))
t(lambda: b'\x81'.decode('cp1252', 'backslashreplace'))
t(lambda: 'x\u0100'.encode('unicode-escape'))
t(lambda: codecs.lookup('rot13').encode('abc'))
t(lambda: codecs.decode(b'\xff\xfeA\x00', 'utf-16'))
t(lambda: list(codecs.iterdecode([b'a'], 'nope')))
t(lambda: codecs.getencoder('cp1252')('\u20ac\u20ac'))
t(lambda: codecs.lookup('utf-8').incrementaldecoder().getstate())
t(lambda: codecs.lookup('utf-8').incrementalencoder().encode('é'))
t(lambda: codecs.register_error('x', 1))
t(lambda: b'\xe9'.decode('utf8', errors='backslashreplace'))
t(lambda: str(b'\xe9', 'cp1252'))
t(lambda: str(b'\xe9', encoding='mac_roman'))
t(lambda: bytearray('\u20ac', 'cp1252'))
t(lambda: bytes('\u20ac', 'iso8859_15'))
t(lambda: '\u20ac'.encode(encoding='cp1252', errors='strict'))
t(lambda: list(codecs.iterdecode([b'a'], 'nope')))
t(lambda: codecs.encode('a\u4e00', 'cp1252', 'bogus'))
t(lambda: codecs.encode('a\ud800', 'utf-8', 'bogus'))
t(lambda: codecs.decode(b'a\xff', 'utf-8', 'bogus'))
t(lambda: codecs.decode(b'a\x81', 'cp1252', 'bogus'))
t(lambda: codecs.decode(b'a\\x', 'unicode_escape', 'bogus'))
print("-- _codecs functions")
t(lambda: codecs.escape_decode(b'a\\n\\x41\\101\\\nz\\\\'))
t(lambda: codecs.escape_decode(b'ab\\x4'))
t(lambda: codecs.escape_decode(b'ab\\'))
t(lambda: codecs.escape_decode(b'ab\\xzz', 'replace'))
t(lambda: codecs.escape_decode(b'ab\\x1z', 'ignore'))
t(lambda: codecs.escape_decode('\\t\xe9'))
t(lambda: codecs.escape_encode(b'a\'"\n\x00\xff\\'))
t(lambda: codecs.escape_encode(b"it's"))
t(lambda: codecs.utf_8_decode(b'a\xe2\x82'))
t(lambda: codecs.utf_8_decode(b'a\xe2\x82', 'replace', True))
t(lambda: codecs.utf_8_encode('\xe9'))
t(lambda: codecs.latin_1_decode(b'\xe9'))
t(lambda: codecs.ascii_encode('\xe9', 'replace'))
t(lambda: codecs.unicode_escape_decode(b'\\u20ac'))
t(lambda: codecs.unicode_escape_decode('\\u20ac\xe9'))
t(lambda: codecs.raw_unicode_escape_decode(b'\\u20ac\\n'))
t(lambda: codecs.unicode_escape_encode('\u20ac\n'))
t(lambda: codecs.raw_unicode_escape_encode('\u20ac\n'))
print("-- streams")
import codecs, os
p = '/tmp/glass_test_cx4.txt'
for enc in ['utf-16', 'utf-32-le', 'utf-8-sig', 'unicode_escape', 'latin9']:
    with codecs.open(p, 'w', enc) as f:
        f.write('l\u20ac1\r\nline2\nli\xe9ne3\rend')
    with open(p, 'rb') as f:
        print(enc, f.read())
    with codecs.open(p, 'r', enc) as f:
        print([f.readline() for _ in range(5)])
    with codecs.open(p, encoding=enc) as f:
        print(f.read(4), '|', f.read(), '|', repr(f.read()))
    with codecs.open(p, encoding=enc) as f:
        print(f.readlines())
    with codecs.open(p, encoding=enc) as f:
        print(f.readline(), f.readline(keepends=False) if hasattr(f, 'x') else '', f.read())
os.remove(p)
r = codecs.getreader('utf-8')
import io
s = r(io.BytesIO('a\xe9\nb'.encode()))
print(s.read(), type(s).__name__)
w = codecs.getwriter('utf-16-le')(io.BytesIO())
w.write('hi')
print(w.getvalue())
