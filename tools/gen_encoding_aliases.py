"""Write lib/encodings/aliases.py: the entries of CPython 3.11's encodings.aliases
table whose codec module exists in lib/encodings/ (run with /usr/bin/python3.11)."""
import os
import sys
import encodings.aliases as cpython

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.join(HERE, '..', 'lib', 'encodings')
have = {f[:-3] for f in os.listdir(PKG)
        if f.endswith('.py') and not f.startswith('_') and f != 'aliases.py'}
by_codec = {}
for alias, codec in cpython.aliases.items():
    if codec in have:
        by_codec.setdefault(codec, []).append(alias)
out = ['"""Encoding aliases (Glass).',
       '',
       'aliases maps normalized alias names (lower case, see encodings.normalize_encoding) to',
       'the module of this package implementing the codec. These are the entries of CPython',
       "3.11's table whose codec Glass implements; they were selected by",
       'tools/gen_encoding_aliases.py.',
       '"""',
       '',
       'aliases = {']
for codec in sorted(by_codec):
    out.append('    # %s' % codec)
    out.extend('    %r: %r,' % (a, codec) for a in by_codec[codec])
out.append('}')
with open(os.path.join(PKG, 'aliases.py'), 'w') as f:
    f.write('\n'.join(out) + '\n')
print('%d aliases for %d codecs' % (sum(map(len, by_codec.values())), len(by_codec)),
      file=sys.stderr)
