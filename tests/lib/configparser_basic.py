import configparser
import io

text = """\
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no

[multi]
key = first line
   second line

   after blank
other: colon value
empty =
spaced key  =  spaced value
  # indented comment is a comment
"""

cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections())
print(cp.defaults())
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'), cp.has_section('nope'))
print(cp.options('topsecret.server.example'))
print(cp.has_option('forge.example', 'USER'), cp.has_option('forge.example', 'compression'),
      cp.has_option('nope', 'x'), cp.has_option('', 'compression'), cp.has_option('DEFAULT', 'user'))
print(repr(cp.get('multi', 'key')))
print(repr(cp.get('multi', 'other')), repr(cp.get('multi', 'empty')), repr(cp.get('multi', 'spaced key')))
print(cp.getint('topsecret.server.example', 'port'), cp.getfloat('DEFAULT', 'compressionlevel'))
print(cp.getboolean('forge.example', 'forwardx11'), cp.getboolean('topsecret.server.example', 'ForwardX11'))
print(cp.get('forge.example', 'missing', fallback='fb'), cp.getint('forge.example', 'missing', fallback=3))
print(cp.get('nosect', 'x', fallback=None), cp.getboolean('nosect', 'x', fallback=False))
print(cp.get('forge.example', 'user', vars={'user': 'override'}))
print(cp.items('forge.example'))
print(cp.items('DEFAULT'))
print([(k, v) for k, v in cp.items()])
print(list(cp), len(cp), 'multi' in cp, 'DEFAULT' in cp, 'x' in cp)

# section proxies
sec = cp['topsecret.server.example']
print(sec, sec.name, sec.parser is cp)
print(sec['port'], sec.get('port'), sec.get('missing'), sec.get('missing', 'dflt'))
print(sec.getint('port'), sec.getboolean('forwardx11'), sec.getfloat('nope', 1.5))
print(list(sec), len(sec), 'port' in sec, 'PORT' in sec, 'zzz' in sec)
print(dict(sec))
print(list(cp['DEFAULT']), cp['DEFAULT']['compression'])
sec['new'] = 'value'
print(cp.get('topsecret.server.example', 'new'))
del sec['new']
print(cp.has_option('topsecret.server.example', 'new'))
try:
    cp['nope']
except KeyError as e:
    print('KeyError', e)
try:
    sec['zzz']
except KeyError as e:
    print('KeyError', e)
try:
    del sec['zzz']
except KeyError as e:
    print('KeyError', e)

# modification and write
cp.add_section('new')
cp.set('new', 'a', '1')
cp.set('new', 'multi', 'line1\nline2')
cp['another'] = {'x': 1, 'y': 'two'}
print(cp.remove_option('forge.example', 'user'), cp.remove_option('forge.example', 'user'))
print(cp.remove_section('multi'), cp.remove_section('multi'))
out = io.StringIO()
cp.write(out)
print(out.getvalue(), end='')
print('---')
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue(), end='')
print('---')
del cp['another']
print(cp.sections())
print(cp.popitem()[0], cp.sections())
cp.clear()
print(cp.sections(), cp.defaults())
