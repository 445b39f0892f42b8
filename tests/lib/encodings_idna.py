# encodings.idna and encodings.punycode
import codecs

for s in ['bücher', 'münchen-ost', 'abc', 'ü', '中文', 'Mañana.com', '', 'ÄÖÜ',
          'حلقة', '-> $1.00 <-']:
    b = s.encode('punycode')
    print(repr(s), b, repr(b.decode('punycode')))
for b in [b'xn--', b'abc-', b'a-b-', b'!!', b'ab-9']:
    try:
        print(b, repr(b.decode('punycode')))
    except Exception as e:
        print(b, type(e).__name__, e)
print(repr(b'!!'.decode('punycode', 'ignore')), repr(b'abc-!!'.decode('punycode', 'replace')))
for s in ['example.com', 'Bücher.example', 'straße.de', 'ÖBB.at.', 'мир.рф', 'a\u3002b',
          'Faß.DE', 'www.xn--bcher-kva.de', 'ab\u00adc.de']:
    print(repr(s), s.encode('idna'))
for b in [b'xn--bcher-kva.example', b'example.com.', b'XN--BCHER-KVA.de', b'plain',
          b'xn--mnchen-3ya']:
    print(b, repr(b.decode('idna')))
for bad in ['a..b', 'x' * 64 + '.com', 'a.' + 'y' * 64, 'xn--abc.bücher', 'a\u0000b.de',
            'ab\u200ec.de']:
    try:
        print(repr(bad), bad.encode('idna'))
    except UnicodeError as e:
        print(repr(bad[:12]), type(e).__name__, e)
for bad in [b'xn--bcher-kva9.de', b'xn--ab\xff.de']:
    try:
        print(bad, bad.decode('idna'))
    except UnicodeError as e:
        print(bad, type(e).__name__, e)
try:
    'a.b'.encode('idna', 'ignore')
except UnicodeError as e:
    print('UnicodeError', e)
import encodings.idna as idna
print(idna.ToASCII('Bücher'), idna.ToUnicode(b'xn--bcher-kva'), idna.nameprep('Straße'))
e = codecs.getincrementalencoder('idna')()
print(e.encode('bücher.'), e.encode('exam'), e.encode('ple'), e.encode('', True))
d = codecs.getincrementaldecoder('idna')()
print(repr(d.decode(b'xn--bcher-kva.')), repr(d.decode(b'de')), repr(d.decode(b'', True)))
print(codecs.lookup('IDNA').name, codecs.lookup('punycode').name)
