# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception for
# builtin functions; no line events; the return value is ignored.
import sys

log = []


def prof(frame, event, arg):
    co = frame.f_code
    if co.co_filename.endswith('.py'):
        name = getattr(arg, '__name__', None) if event.startswith('c_') else repr(arg)
        log.append((event, co.co_name, name))
    return 'ignored'


def g(x):
    return len(x) + abs(-x[0])


def gen():
    yield 1
    yield 2


def body():
    out = []
    out.append(g([3, 4]))
    print('printing', len(out))
    s = sorted([3, 1, 2])
    out.extend(list(gen()))
    try:
        int('x')
    except ValueError:
        out.append('bad int')
    try:
        len(5)
    except TypeError:
        out.append('no len')
    d = {}
    d.get(1)
    isinstance(3, int)
    return out, s


sys.setprofile(prof)
r = body()
sys.setprofile(None)
print(r)
for e in log:
    print('  ', e)
print(sys.getprofile())
