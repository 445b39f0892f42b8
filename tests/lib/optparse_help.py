import os
import sys
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, OptionGroup, SUPPRESS_HELP, SUPPRESS_USAGE,
                      TitledHelpFormatter, IndentedHelpFormatter)

p = OptionParser(usage='%prog [options] FILE...', version='%prog 1.0', prog='tool',
                 description='A tool that does things. This description is long enough '
                             'that it has to be wrapped over more than one line of output.',
                 epilog='Report bugs to nobody. %prog is not expanded here.')
p.add_option('-f', '--file', dest='filename', metavar='FILE',
             help='write report to FILE [default: %default]', default='out.txt')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
             help="don't print status messages to stdout")
p.add_option('-n', type='int', help='number of things (default %default)')
p.add_option('--a-very-long-option-name-indeed', metavar='VALUE',
             help='this option string is longer than the help column')
p.add_option('--nohelp')
p.add_option('--hidden', help=SUPPRESS_HELP)
p.add_option('--pair', nargs=2, type='int', help='two ints')
p.add_option('-m', '--mode', choices=['a', 'b'], help='the mode: ' + 'blah ' * 25)
g = OptionGroup(p, 'Dangerous Options',
                'Caution: use these options at your own risk. It is believed that some of them bite.')
g.add_option('-g', action='store_true', help='Group option.')
g.add_option('--debug-level', type='int', metavar='N', help='debug level')
p.add_option_group(g)
g2 = p.add_option_group('Empty group')
print(p.format_help())
print('---')
p.print_help()
print('---')
p.print_usage()
print(repr(p.get_usage()), p.get_version(), p.get_prog_name())
p.print_version()
print('---')
p.print_help(file=sys.stdout)

q = OptionParser(prog='x', add_help_option=False)
print(repr(q.format_help()))
q = OptionParser(prog='x', usage=SUPPRESS_USAGE)
print(repr(q.format_help()))
q = OptionParser(prog='x', usage='usage: %prog stuff')
print(repr(q.get_usage()))
q = OptionParser(prog='prog', formatter=TitledHelpFormatter())
q.add_option('-a', '--alpha', metavar='A', help='alpha option')
g = q.add_option_group('Group', 'group description')
g.add_option('-b', action='store_true', help='beta')
print(q.format_help())
f = IndentedHelpFormatter(width=40, max_help_position=10, indent_increment=4, short_first=0)
q = OptionParser(prog='p', formatter=f)
q.add_option('-a', '--alpha', metavar='A', help='alpha option with a long help text to wrap')
print(q.format_help())
f = IndentedHelpFormatter()
f.set_long_opt_delimiter(' ')
f.set_short_opt_delimiter('')
q = OptionParser(prog='p', formatter=f)
q.add_option('-a', '--alpha', help='x')
print(q.format_help())
for d in ['x', ':']:
    try:
        f.set_long_opt_delimiter(d)
    except ValueError as e:
        print('ValueError:', e)
    try:
        f.set_short_opt_delimiter(d)
    except ValueError as e:
        print('ValueError:', e)
os.environ['COLUMNS'] = '50'
q = OptionParser(prog='p', description='word ' * 20)
q.add_option('--opt', help='word ' * 15)
print(q.format_help())
