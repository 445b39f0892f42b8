import argparse
import contextlib
import io


def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(args)
        if hasattr(ns, 'func'):
            del ns.func
        print('ok', ns)
    except SystemExit as e:
        print('exit', e.code)
    if out.getvalue():
        print('stdout:')
        print(out.getvalue(), end='')
    if err.getvalue():
        print('stderr:')
        print(err.getvalue(), end='')
    print('--')


def cmd_add(ns):
    return 'add %s' % ns.x

def cmd_rm(ns):
    return 'rm %s' % ns.name


p = argparse.ArgumentParser(prog='tool', description='A tool.')
p.add_argument('-v', '--verbose', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
pa = sub.add_parser('add', help='add things')
pa.add_argument('x', type=int)
pa.add_argument('--force', action='store_true', help='force it')
pa.set_defaults(func=cmd_add)
pr = sub.add_parser('rm', aliases=['remove', 'del'], help='remove things')
pr.add_argument('name')
pr.set_defaults(func=cmd_rm)
print(type(sub).__name__, sub.dest, sub.nargs, list(sub.choices))
print(pa.prog, '|', pr.prog)
print(p.format_usage(), end='')
print(p.format_help())
print(pa.format_help())
print(pr.format_help())

ns = p.parse_args(['add', '3'])
print(ns.command, ns.x, ns.force, ns.verbose, ns.func(ns))
ns = p.parse_args(['-v', 'remove', 'foo'])
print(ns.command, ns.name, ns.verbose, ns.func(ns))
ns = p.parse_args(['add', '--force', '7'])
del ns.func
print(ns)
ns = p.parse_args([])
print(ns)
ns, extra = p.parse_known_args(['add', '1', '--zzz', 'q'])
print(ns.func is cmd_add)
del ns.func
print(ns, extra)
run(p, ['bogus'])
run(p, ['add'])
run(p, ['add', 'notint'])
run(p, ['add', '1', 'extra'])
run(p, ['add', '-h'])
run(p, ['-h'])

# required, no dest
q = argparse.ArgumentParser(prog='q')
qs = q.add_subparsers(required=True)
qs.add_parser('a')
qs.add_parser('b')
run(q, [])
run(q, ['c'])
run(q, ['a'])
print(q.format_help())

# required with dest
r = argparse.ArgumentParser(prog='r')
r.add_argument('pos')
rs = r.add_subparsers(dest='command', required=True, metavar='CMD')
r1 = rs.add_parser('one', help='first')
r1.add_argument('--n', type=int, default=5)
rs.add_parser('two', help='second')
rs.add_parser('three')
print(r1.prog)
run(r, ['P'])
run(r, ['P', 'x'])
run(r, ['P', 'one', '--n', '9'])
print(r.format_help())

# title / description group
t = argparse.ArgumentParser(prog='t')
t.add_argument('--opt')
ts = t.add_subparsers(title='commands', description='valid commands',
                      help='additional help', dest='cmd')
ts.add_parser('start', help='start it')
ts.add_parser('stop', help='stop it')
print(t.format_help())
run(t, ['--opt', 'v', 'start'])

t2 = argparse.ArgumentParser(prog='t2')
t2s = t2.add_subparsers(title='things')
t2s.add_parser('aa')
print(t2.format_help())
run(t2, ['aa'])
run(t2, ['bb'])

# subparser defaults override, nested subparsers
n = argparse.ArgumentParser(prog='n')
n.add_argument('--level', default='top')
ns_ = n.add_subparsers(dest='a')
inner = ns_.add_parser('inner')
inner.set_defaults(level='inner')
inner_s = inner.add_subparsers(dest='b')
deep = inner_s.add_parser('deep')
deep.add_argument('z', nargs='*')
print(n.parse_args(['inner', 'deep', '1', '2']))
print(n.parse_args(['--level', 'x', 'inner']))
print(deep.prog)
print(deep.format_usage(), end='')

# conflicts and multiple
try:
    ns_.add_parser('inner')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
run_err = io.StringIO()
try:
    with contextlib.redirect_stderr(run_err):
        n.add_subparsers()
except SystemExit as e:
    print('exit', e.code, run_err.getvalue(), end='')
