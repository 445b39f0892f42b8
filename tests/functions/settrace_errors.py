# sys.settrace: an exception raised inside the trace function disables tracing
# (sys.gettrace() becomes None) and propagates into the traced code.
import sys

events = []


def bad_on(kind, after=0):
    count = [0]

    def tr(frame, event, arg):
        if frame.f_code.co_name in ('target', 'inner', 'target2', 'raiser'):
            events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
            if event == kind:
                count[0] += 1
                if count[0] > after:
                    raise RuntimeError('tracer failed on ' + event)
        return tr
    return tr


def inner():
    return 5


def target():
    a = 1
    b = inner()
    try:
        c = a + b
    except RuntimeError:
        c = 'caught in target'
    return c


for kind, after in [('call', 0), ('call', 1), ('line', 0), ('line', 2), ('return', 0),
                    ('return', 1)]:
    events.clear()
    sys.settrace(bad_on(kind, after))
    try:
        r = target()
    except RuntimeError as e:
        r = 'propagated: %s' % e
    after_trace = sys.gettrace()
    sys.settrace(None)
    print(kind, after, r, after_trace is None)
    for e in events:
        print('  ', e)


def raiser():
    raise ValueError('v')


def target2():
    try:
        raiser()
    except ValueError:
        return 'handled'


events.clear()
sys.settrace(bad_on('exception'))
try:
    r = target2()
except Exception as e:
    r = 'propagated: %s %s' % (type(e).__name__, e)
print('exception', r, sys.gettrace() is None)
sys.settrace(None)
for e in events:
    print('  ', e)
