# sys.settrace: the local trace function (f_trace): replacement by the return value,
# returning None, f_trace assignment, f_trace_lines, tracer not traced itself.
import sys

log = []


def body():
    a = 1
    b = 2
    c = 3
    return a + b + c


def helper():
    return 0


def only_calls(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name))
    return None


def switch_after_two(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name))
    n = [0]

    def first(frame, event, arg):
        log.append(('first', event, frame.f_lineno - frame.f_code.co_firstlineno))
        n[0] += 1
        if n[0] == 2:
            return second
        return first

    def second(frame, event, arg):
        log.append(('second', event, frame.f_lineno - frame.f_code.co_firstlineno))
        return second
    return first


def local_returns_none(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name))

    def loc(frame, event, arg):
        log.append(('loc', event, frame.f_lineno - frame.f_code.co_firstlineno))
        return None
    return loc


def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    log.append(('nolines', event, frame.f_code.co_name, frame.f_trace_lines,
                frame.f_trace_opcodes))
    return no_lines


def calls_helper(frame, event, arg):
    # calling Python code from the tracer does not trace it
    helper()
    log.append(('calls_helper', event, frame.f_code.co_name))
    return calls_helper


def check_f_trace(frame, event, arg):
    log.append(('f_trace', event, frame.f_trace is None, frame.f_trace is check_f_trace))
    return check_f_trace


for t in (only_calls, switch_after_two, local_returns_none, no_lines, calls_helper,
          check_f_trace):
    log.clear()
    sys.settrace(t)
    r = body()
    sys.settrace(None)
    print('==', t.__name__, r)
    for e in log:
        print('  ', e)


# f_trace assigned from inside the traced code
def assign_inside():
    f = sys._getframe()
    f.f_trace = lambda fr, ev, a: log.append(('assigned', ev, fr.f_lineno - fr.f_code.co_firstlineno))
    x = 1
    f.f_trace = None
    y = 2
    return x + y


def glob_none(frame, event, arg):
    return None


log.clear()
sys.settrace(glob_none)
r = assign_inside()
sys.settrace(None)
print('== assign_inside', r)
for e in log:
    print('  ', e)

# f_trace without a global trace function: no events
log.clear()
r = assign_inside()
print('== no global', r, log)
