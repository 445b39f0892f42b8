# the encodings package: normalize_encoding, search_function, aliases, codec modules
import codecs
import encodings
import encodings.aliases

print(issubclass(encodings.CodecRegistryError, LookupError),
      issubclass(encodings.CodecRegistryError, SystemError))
for n in ['utf-8', '  utf-8 -- x..y ', 'Latin 1', 'a+b', 'é', '-x-', b'latin-1', '']:
    print(repr(n), repr(encodings.normalize_encoding(n)))
a = encodings.aliases.aliases
for k in ['utf8', 'u8', 'latin1', 'l1', 'iso8859_1', '646', 'us_ascii', 'windows_1252',
          '437', 'latin9', 'l2', 'macintosh', 'u16', 'utf_16le', 'u32', 'hex', 'base64',
          'rot13', 'cp65001']:
    print(k, a[k])
print(encodings.search_function('no-such-codec'), encodings.search_function('ccodec'))
names = ['utf-8', 'UTF8', 'utf_8_sig', 'latin-1', 'latin 1', 'ISO-8859-1', 'ascii', 'us-ascii',
         'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be',
         'unicode_escape', 'raw_unicode_escape', 'cp1252', 'windows-1252', 'iso8859-15',
         'latin9', 'cp437', 'iso8859_2', 'latin2', 'mac_roman', 'macintosh', 'cp850',
         'hex', 'base64', 'rot13', 'idna', 'punycode']
for n in names:
    i = encodings.search_function(n) or codecs.lookup(n)
    j = codecs.lookup(n)
    print(n, i.name, j.name, i.incrementalencoder.__module__, i.streamreader.__name__,
          i._is_text_encoding)
import encodings.utf_8 as u, encodings.cp1252 as cp, encodings.latin_1 as l1
print(u.encode('é'), u.decode(b'\xc3\xa9'), u.getregentry().name)
print(cp.Codec().encode('€x'), cp.Codec().decode(b'\x80x'), len(cp.decoding_table))
print(cp.decoding_table[0x80], cp.decoding_table[0x81] == '\ufffe', cp.decoding_table[:3])
e = u.IncrementalEncoder()
d = u.IncrementalDecoder()
print(e.encode('h\xe9'), d.decode(b'\xc3'), d.decode(b'\xa9!'), d.decode(b'', True))
import io
w = cp.StreamWriter(io.BytesIO())
w.write('€5')
print(w.stream.getvalue(), cp.StreamReader(io.BytesIO(b'\x80\x80')).read())
import encodings.hex_codec as h, encodings.rot_13 as r
print(h.hex_encode(b'\x01\xff'), h.hex_decode(b'01ff'), r.Codec().encode('Hello'))
print(r.rot13_map[ord('a')], h.getregentry().name, r.getregentry().name)
print(codecs.encode(b'\x00\x10', 'hex_codec'), codecs.decode('uryyb', 'rot_13'))
print(codecs.encode(b'hi', 'base64'), codecs.decode(b'aGk=\n', 'base64_codec'))
for n, s in [('hex', 'ab'), ('rot13', 'ab')]:
    try:
        s.encode(n)
    except LookupError as e:
        print('LookupError', e)
try:
    b'ab'.decode('hex')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.lookup('no such codec')
except LookupError as e:
    print('LookupError', e)
