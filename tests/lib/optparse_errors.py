import os
import sys
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, Option, OptionError, OptionConflictError,
                      OptionValueError, BadOptionError, AmbiguousOptionError,
                      OptParseError, SUPPRESS_USAGE)

sys.stderr = sys.stdout   # the usage and error messages go to stderr

p = OptionParser(prog='prog')
p.add_option('-n', type='int')
p.add_option('-x', type='float')
p.add_option('--cplx', type='complex')
p.add_option('--mode', type='choice', choices=['a', 'b'])
p.add_option('--verbose', action='store_true')
p.add_option('--version-check', action='store_true')
p.add_option('--pair', nargs=2)
p.add_option('-e', '--eat')
for argv in [['-n', 'abc'], ['-x', 'z'], ['--cplx', 'q'], ['--mode', 'c'], ['-z'], ['--nope'],
             ['--ver'], ['--verbose=1'], ['-n'], ['--pair', 'a'], ['--eat'], ['-e'],
             ['-n', '0x'], ['-n', '09'], ['--mode=']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('SystemExit', e.code)

q = OptionParser(prog='q', usage=SUPPRESS_USAGE)
try:
    q.parse_args(['--bad'])
except SystemExit as e:
    print('SystemExit', e.code)
try:
    q.exit(3, 'bye\n')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    q.exit()
except SystemExit as e:
    print('SystemExit', e.code)
v = OptionParser(prog='v', version='%prog 2.0')
for argv in [['--version'], ['-h']]:
    try:
        v.parse_args(argv)
    except SystemExit as e:
        print('SystemExit', e.code)

def bad(*a, **k):
    try:
        Option(*a, **k)
    except (OptionError, TypeError) as e:
        print(type(e).__name__ + ':', e)
bad()
bad('')
bad('x')
bad('-')
bad('--')
bad('-xy')
bad('---x')
bad('x-')
bad('-x', action='bogus')
bad('-x', type='bogus')
bad('-x', action='store_true', type='int')
bad('-x', type='choice')
bad('-x', type='choice', choices='ab')
bad('-x', choices=['a'], type='int')
bad('-x', action='store', const=1)
bad('-x', action='count', nargs=2)
bad('-x', action='callback', callback=5)
bad('-x', action='callback', callback=print, callback_args=[1])
bad('-x', action='callback', callback=print, callback_kwargs=[1])
bad('-x', callback=print)
bad('-x', callback_args=(1,))
bad('-x', callback_kwargs={})
bad('-x', bogus=1, other=2)

p = OptionParser()
p.add_option('-a', '--alpha')
try:
    p.add_option('-b', '--alpha')
except OptionConflictError as e:
    print('OptionConflictError:', e)
try:
    p.add_option('-a', '--beta', '-c')
except OptionConflictError as e:
    print('OptionConflictError:', e)
try:
    p.add_option(5)
except TypeError as e:
    print('TypeError:', e)
try:
    p.add_option(Option('-q'), dest='x')
except TypeError as e:
    print('TypeError:', e)
try:
    p.remove_option('--nothing')
except ValueError as e:
    print('ValueError:', e)
try:
    OptionParser(conflict_handler='x')
except ValueError as e:
    print('ValueError:', e)
try:
    p.add_option_group(5)
except TypeError as e:
    print('TypeError:', e)
try:
    from optparse import OptionGroup
    p.add_option_group(OptionGroup(OptionParser(), 't'))
except ValueError as e:
    print('ValueError:', e)

print(str(BadOptionError('--x')), str(AmbiguousOptionError('--a', ['--ab', '--ac'])))
print(str(OptionValueError('bad value')), str(OptParseError('m')), str(OptionError('msg', None)),
      str(OptionError('msg', '')))
print(issubclass(AmbiguousOptionError, BadOptionError), issubclass(OptionConflictError, OptionError))

# an option callback may raise OptionValueError: it becomes a usage error
def check(option, opt, value, parser):
    raise OptionValueError('%s needs more cowbell' % opt)
r = OptionParser(prog='r')
r.add_option('--cow', action='callback', callback=check)
try:
    r.parse_args(['--cow'])
except SystemExit as e:
    print('SystemExit', e.code)
