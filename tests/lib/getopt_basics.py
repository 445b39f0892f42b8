# getopt: getopt, gnu_getopt and GetoptError.
import os
import getopt

print(sorted(getopt.__all__), getopt.error is getopt.GetoptError)
os.environ.pop('POSIXLY_CORRECT', None)

LONG = ['alpha', 'beta=', 'verbose', 'version', 'output=', 'out']
calls = [
    ([], 'ab'),
    (['-a', '-b', 'x'], 'ab'),
    (['-ab', 'x'], 'ab'),
    (['-o', 'file', 'rest'], 'o:'),
    (['-ofile', 'rest'], 'o:'),
    (['-vofile', '-v'], 'vo:'),
    (['-o', '-v'], 'vo:'),
    (['-a', '--', '-b'], 'ab'),
    (['-a', '-', '-b'], 'ab'),
    (['x', '-a'], 'ab'),
    (['--alpha', '--beta=2', '--beta', '3', 'z'], 'a'),
    (['--beta='], ''),
    (['--al', '--be', 'v'], ''),
    (['--verb', '--vers'], ''),
    (['--out', 'f'], ''),
    (['--outp', 'f'], ''),
    (['--output=x=y'], ''),
    (['-x'], 'ab'),
    (['-a', '-x'], 'ab'),
    (['-o'], 'o:'),
    (['-:'], 'a:'),
    (['--gamma'], ''),
    (['--ver'], ''),
    (['--beta'], ''),
    (['--alpha=1'], ''),
    (['--o'], ''),
    (['-a', 'file', '-b', '--alpha', 'f2', '--', '-c'], 'ab'),
]
for args, short in calls:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, short, LONG))
        except getopt.GetoptError as e:
            print(fn.__name__, args, type(e).__name__, e, repr(e.msg), repr(e.opt), e.args)

# longopts as a single string, and as a tuple
print(getopt.getopt(['--name=x'], '', 'name='))
print(getopt.getopt(['--name', 'y'], '', ('name=',)))
print(getopt.getopt(['--na'], '', 'name'))

# gnu_getopt: '+' and POSIXLY_CORRECT stop at the first argument
print(getopt.gnu_getopt(['-a', 'x', '-b'], '+ab'))
print(getopt.gnu_getopt(['-a', 'x', '-b'], 'ab'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['-a', 'x', '-b'], 'ab'))
del os.environ['POSIXLY_CORRECT']
print(getopt.gnu_getopt(['-', '-a', '--', '--x'], 'a'))

# the exception itself
e = getopt.GetoptError('bad thing')
print(str(e), repr(e), e.args, repr(e.opt), isinstance(e, Exception))
e = getopt.error('msg', 'z')
print(str(e), repr(e), e.msg, e.opt)
try:
    getopt.getopt(['-q'], 'ab')
except getopt.error as err:
    print('caught', err)
