import configparser as cp

text = """\
[DEFAULT]
home = /home/user
name = default

[paths]
name = paths
data = %(home)s/data
cache = %(data)s/cache
self = %(name)s
pct = 100%%
bad = %(missing)s
syntax = %z
ref = %(unterminated
loop = %(loop2)s
loop2 = %(loop)s
"""
c = cp.ConfigParser()
c.read_string(text)
for opt in ['data', 'cache', 'self', 'pct', 'bad', 'syntax', 'ref', 'loop']:
    try:
        print(opt, repr(c.get('paths', opt)))
    except cp.Error as e:
        print(opt, type(e).__name__, e)
print(c.get('paths', 'data', raw=True), c.get('paths', 'pct', raw=True))
print(c.get('paths', 'data', vars={'home': '/other'}))
print(c.items('paths', raw=True)[:3])
try:
    c.items('paths')
except cp.Error as e:
    print(type(e).__name__)

r = cp.RawConfigParser()
r.read_string(text)
print(r.get('paths', 'cache'), r.get('paths', 'pct'))
r.set('paths', 'x', 5)
print(r.get('paths', 'x'))

ext = """\
[common]
root = /usr
lib = ${root}/lib
dollar = $$5

[app]
path = ${common:lib}/app
deep = ${common:lib}/${name}
name = myapp
miss = ${nothing}
misssect = ${nosect:x}
bad = $x
many = ${a:b:c}
"""
e = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
e.read_string(ext)
for opt in ['path', 'deep', 'miss', 'misssect', 'bad', 'many']:
    try:
        print(opt, repr(e.get('app', opt)))
    except cp.Error as ex:
        print(opt, type(ex).__name__, ex)
print(e.get('common', 'dollar'), e['common']['lib'])
try:
    e.set('app', 'x', '$bad')
except ValueError as ex:
    print('ValueError', ex)

n = cp.ConfigParser(interpolation=None)
n.read_string(text)
print(n.get('paths', 'data'), n.get('paths', 'bad'))

d = cp.ConfigParser(defaults={'pct': '50%', 'k': 'v'})
print(d.defaults(), d.get('DEFAULT', 'k'))
