# More encodings through str.encode / bytes.decode: utf-8-sig, unicode_escape,
# raw_unicode_escape and the single-byte charmap codecs; error handlers and messages.

def show(f):
    try:
        r = f()
        print(repr(r))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print('  ', e.encoding, e.start, e.end, e.reason)

HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'surrogateescape', 'namereplace']

# utf-8-sig
for name in ['utf-8-sig', 'utf_8_sig', 'UTF-8-SIG', 'utf8-sig']:
    show(lambda: 'h\xe9'.encode(name))
show(lambda: b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
show(lambda: b'abc'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb\xbf\xffx'.decode('utf-8-sig'))
show(lambda: '\ud800'.encode('utf-8-sig'))
show(lambda: b''.decode('utf_8_sig'))

# unicode_escape
texts = ['abc', 'a\\b', 'tab\there\nnl\r', '\x00\x7f\x80\xff', 'caf\xe9 \u20ac \U0001f600',
         "quote'\"", '\ud800']
for t in texts:
    for name in ['unicode_escape', 'raw_unicode_escape']:
        b = t.encode(name)
        print(name, repr(b), b.decode(name) == t)
for b in [b'\\x41\\u20ac\\U0001F600', b'\\n\\t\\r\\a\\b\\f\\v\\\\\\\'\\"', b'\\101\\7\\0',
          b'line\\\ncont', b'\\N{EURO SIGN}!', b'\xe9\xff', b'\\N{LATIN SMALL LETTER A}']:
    show(lambda: b.decode('unicode_escape'))
for b in [b'\\x', b'\\x4', b'\\xg0', b'ab\\u12', b'\\U0011ffff', b'\\U1234', b'\\',
          b'\\N', b'\\N{', b'\\N{}', b'\\N{NOT A NAME}x', b'\\Nx']:
    for h in ['strict', 'ignore', 'replace', 'backslashreplace']:
        show(lambda: b.decode('unicode_escape', h))
for b in [b'\\u20ac\\U0001f600', b'\\x41\\n', b'\\\\u0041', b'\\', b'\\u12', b'\\U00110000',
          b'\xe9']:
    show(lambda: b.decode('raw_unicode_escape'))
    show(lambda: b.decode('raw_unicode_escape', 'replace'))

# charmap codecs
samples = {
    'cp1252': 'caf\xe9 \u20ac\u2019\u0160',
    'windows-1252': '\u201cq\u201d',
    'iso-8859-15': '\u20ac\u0160\u017d\xe9',
    'latin9': '\u0153\u0178',
    'cp437': '\xc7\xfc\u2591\u2502\u03b1\u221e',
    'iso-8859-2': '\u0104\u0141\u017b\u0119',
    'mac_roman': '\xc4\u2020\uf8ff\u2122',
    'macintosh': '\u03c0',
    'cp850': '\xc7\xfc\xf8\xa9\u2591',
}
for enc, t in samples.items():
    b = t.encode(enc)
    print(enc, repr(b), b.decode(enc) == t)
for enc in ['cp1252', 'iso8859_15', 'cp437', 'iso8859-2', 'mac-roman', 'cp850']:
    allb = bytes(range(256))
    show(lambda: len(allb.decode(enc, 'replace')))
    s = allb.decode(enc, 'surrogateescape')
    print(enc, s.encode(enc, 'surrogateescape') == allb)

for h in HANDLERS:
    show(lambda: 'a\u20acb'.encode('latin9' if h == 'x' else 'iso-8859-2', h))
    show(lambda: 'x\u4e00\u4e01y\u20acz'.encode('cp1252', h))
    show(lambda: b'a\x81b\x90\x8dc'.decode('cp1252', h))
show(lambda: '\u20ac'.encode('cp437'))
show(lambda: '\u20ac'.encode('cp1252', 'surrogatepass'))
show(lambda: '\udc81'.encode('cp1252', 'surrogateescape'))
show(lambda: b'\x81'.decode('windows_1252'))
show(lambda: 'a'.encode('cp1252', 'bogus'))
show(lambda: 'a\u4e00'.encode('cp1252', 'bogus'))
show(lambda: b'x'.decode('latin-9'))
show(lambda: 'x'.encode('nope-codec'))
show(lambda: b'\xa4'.decode('l9'))
show(lambda: b'\xa4'.decode('latin_1'))
