import argparse
import io
import sys

def run(parser, args):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
    finally:
        sys.stderr = old
    print(err.getvalue(), end='')

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-v', '--verbose', action='store_true')
g.add_argument('-q', '--quiet', action='store_true')
p.add_argument('file', nargs='?')
run(p, ['-v'])
run(p, ['-q', 'f'])
run(p, ['-v', '-q'])
p.print_help()

r = argparse.ArgumentParser(prog='req')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--json', action='store_const', const='json', dest='fmt')
rg.add_argument('--xml', action='store_const', const='xml', dest='fmt')
rg.add_argument('--level', type=int)
r.add_argument('--other')
run(r, [])
run(r, ['--xml'])
run(r, ['--json', '--level', '3'])
print(r.format_usage(), end='')

a = argparse.ArgumentParser(prog='grp')
sect = a.add_argument_group('output')
mg = sect.add_mutually_exclusive_group()
mg.add_argument('--color', action='store_true', help='use colour')
mg.add_argument('--plain', action='store_true', help='no colour')
a.add_argument('-n', type=int, default=1)
a.print_help()
run(a, ['--color', '-n', '2'])
try:
    mg.add_argument('pos')
except ValueError as e:
    print(type(e).__name__, e)
