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

p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('count', type=int)
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--color', choices=['red', 'green'])
p.add_argument('-o', '--output', required=True)
p.add_argument('--flag', action='store_true')
p.add_argument('--pair', nargs=2)
p.add_argument('--many', nargs='+')
run(p, [])
run(p, ['a', '1'])
run(p, ['a', 'x', '-o', 'f'])
run(p, ['a', '1', '-o', 'f', '--level', '7'])
run(p, ['a', '1', '-o', 'f', '--color', 'blue'])
run(p, ['a', '1', '-o'])
run(p, ['a', '1', '-o', 'f', 'extra', '--bogus'])
run(p, ['a', '1', '-o', 'f', '--flag=yes'])
run(p, ['a', '1', '-o', 'f', '--pair', 'x'])
run(p, ['a', '1', '-o', 'f', '--many'])
run(p, ['a', '1', '-o', 'f', '--level', 'two'])
q = argparse.ArgumentParser(prog='amb')
q.add_argument('--alpha')
q.add_argument('--alps')
run(q, ['--al', '1'])

def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % n)
    return n
r = argparse.ArgumentParser(prog='even', exit_on_error=False)
r.add_argument('n', type=even)
run(r, ['4'])
try:
    r.parse_args(['3'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
for bad in (lambda: p.add_argument('--flag'), lambda: p.add_argument('x', dest='y'),
            lambda: p.add_argument('--z', action='store', nargs=0),
            lambda: p.add_argument('--w', action='bogus')):
    try:
        bad()
    except (ValueError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
