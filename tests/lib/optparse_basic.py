import os
os.environ['COLUMNS'] = '80'
from optparse import OptionParser, Values, make_option, Option

calls = []
def cb(option, opt_str, value, parser, *args, **kwargs):
    calls.append((str(option), opt_str, value, args, kwargs, parser.largs[:], parser.rargs[:]))
    parser.values.cb_seen = True

p = OptionParser()
p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True)
p.add_option('-v', action='store_true', dest='verbose')
p.add_option('-n', '--num', type='int', default=3)
p.add_option('--ratio', type='float')
p.add_option('-c', '--count', action='count', dest='level')
p.add_option('-a', '--add', action='append', dest='items')
p.add_option('--const', action='store_const', const=42)
p.add_option('--ac', action='append_const', const='X', dest='consts')
p.add_option('--pair', nargs=2, type='int')
p.add_option('--mode', type='choice', choices=['fast', 'slow'], default='slow')
p.add_option('--cb', action='callback', callback=cb, callback_args=(1,), callback_kwargs={'k': 2})
p.add_option('--cbv', action='callback', callback=cb, type='string')
p.add_option('--complex', type='complex')
p.add_option('--long-name', dest=None)

for argv in [[],
             ['-f', 'out.txt', 'pos1', '-q', 'pos2'],
             ['--file=x', '-vvv' if False else '-v', '-ccc', '-n', '0x1f'],
             ['-nfoo' if False else '-n017', '--num', '0b101', '-fFILE'],
             ['-a', '1', '--add=2', '-a3', '--const', '--ac', '--ac'],
             ['--pair', '1', '2', '--mode', 'fast', '--ratio', '2.5'],
             ['a', '--cb', 'b', '--cbv', 'val', 'c'],
             ['--', '-f', 'x'],
             ['-', '-q'],
             ['--fi', 'abbrev', '--lon', 'L', '--complex', '1+2j'],
             ['-qvcf', 'x', 'rest'],
             ]:
    calls.clear()
    opts, args = p.parse_args(argv)
    print(argv)
    print('  ', sorted(vars(opts).items()), args, calls)

print(p.get_default_values())
print(p.defaults)
p.set_defaults(num=7, verbose=False)
p.set_default('filename', 'dflt')
o, a = p.parse_args([])
print(o.num, o.verbose, o.filename)
p.set_defaults(num='12')
print(p.parse_args([])[0].num)

p2 = OptionParser()
p2.add_option('-x', action='store_true')
p2.disable_interspersed_args()
o, a = p2.parse_args(['a', '-x', 'b'])
print(o, a, p2.parse_args(['-x', 'a', '-x'])[1])
p2.enable_interspersed_args()
print(p2.parse_args(['a', '-x', 'b'])[1])

v = Values({'a': 1, 'b': None})
print(v, v == {'a': 1, 'b': None}, v == Values({'a': 1, 'b': None}), v.ensure_value('b', []), v.ensure_value('a', 5))
v._update({'a': 9, 'c': 3}, 'careful')
print(v)
v._update({'c': 3}, 'loose')
print(v)
print(repr(v).startswith('<Values at 0x'))

opt = make_option('-z', '--zed', type='int', help='zed')
print(opt, repr(opt).startswith('<Option at 0x'), opt.dest, opt.type, opt.nargs, opt.takes_value(), opt.get_opt_string())
print(Option('-y').action, Option('-y').dest, Option('--yes-no').dest, Option('-y', action='store_true').type)
print(Option('-t', type=int).type, Option('-t', type=str).type, Option('-t', type=float).type)
p3 = OptionParser(option_list=[opt, make_option('-w', action='count')])
o, a = p3.parse_args(['-z', '5', '-ww'])
print(o, a)
print(p3.has_option('-z'), p3.has_option('--zed'), p3.has_option('-q'), p3.get_option('--zed') is opt)
p3.remove_option('--zed')
print(p3.has_option('-z'), [str(o) for o in p3.option_list])
p4 = OptionParser(conflict_handler='resolve')
p4.add_option('-a', '--aa', help='first')
p4.add_option('-a', '--bb', help='second')
p4.add_option('--aa', help='third')
print([str(o) for o in p4.option_list])
g = p4.add_option_group('Group')
g.add_option('-g', action='store_true')
print(p4.get_option_group('-g') is g, p4.get_option_group('--bb'), p4.parse_args(['-g'])[0].g)
