import configparser as cp
import io

c = cp.ConfigParser(allow_no_value=True)
c.read_string('[mysqld]\nuser = mysql\nskip-bdb\nquick\n\n[x]\n')
print(c.items('mysqld'), c.get('mysqld', 'skip-bdb'))
c.set('x', 'flag')
out = io.StringIO(); c.write(out); print(out.getvalue(), end='')

c = cp.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                    inline_comment_prefixes=('#', ';'))
c.read_string('[a]\nkey -> value # comment\nurl -> http://x;y ; real\n// full comment\n'
              'other -> v#nospace\n')
print(c.items('a'))
out = io.StringIO(); c.write(out); print(out.getvalue(), end='')

c = cp.ConfigParser(empty_lines_in_values=False)
c.read_string('[a]\nk = v\n  cont\n\n  notcont = 2\n')
print(c.items('a'))

c = cp.ConfigParser(default_section='general')
c.read_string('[general]\nx = 1\n[s]\ny = 2\n')
print(c.sections(), c.items('s'), list(c))

class Case(cp.ConfigParser):
    def optionxform(self, s):
        return s
c = Case()
c.read_string('[S]\nMixedCase = 1\n')
print(c.options('S'), c.has_option('S', 'mixedcase'))

c = cp.ConfigParser(converters={'list': lambda v: v.split(',')})
c.read_string('[s]\nitems = a,b,c\nn = 3\n')
print(c.getlist('s', 'items'), c['s'].getlist('items'), c['s'].getlist('zz', ['d']))
print(sorted(c.converters), c.converters['list'] is not None, c.converters['int'])
c.converters['upper'] = str.upper
print(c.getupper('s', 'items'), c['s'].getupper('n'))
del c.converters['upper']
print(hasattr(c, 'getupper'), hasattr(c['s'], 'getupper'))
try:
    c.converters[''] = str
except ValueError as e:
    print('ValueError', e)

c = cp.ConfigParser()
c.read_dict({'sec': {'a': 1, 'c': True}, 5: {'k': 'v'}})
print(c.sections(), c.items('sec'))
print(c.getboolean('sec', 'c'))
for v in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'off']:
    c.set('sec', 'bool', v)
    print(v, c.getboolean('sec', 'bool'))

print(c.read(['/nonexistent/file.ini']))
with open('/tmp/glass_test_configparser.ini', 'w') as f:
    f.write('[file]\nk = from file\n')
print(c.read('/tmp/glass_test_configparser.ini'), c.get('file', 'k'))
c2 = cp.ConfigParser()
with open('/tmp/glass_test_configparser.ini') as f:
    c2.read_file(f)
print(c2.items('file'))
c3 = cp.ConfigParser()
c3.read_file(['[lines]\n', 'a = 1\n', '  more\n'], source='list')
print(c3.items('lines'))
try:
    cp.ConfigParser().read_file(['k = v\n'])
except cp.MissingSectionHeaderError as e:
    print(e)
print(cp.DEFAULTSECT, cp.MAX_INTERPOLATION_DEPTH)
print(repr(cp.RawConfigParser()['DEFAULT']))
