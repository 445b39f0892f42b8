# Shared helper of the settrace_* tests: a tracer that records
# (event, co_name, line relative to co_firstlineno, arg summary) for code of the test files.
import sys

LOG = []


def _mine(co):
    # the test file's code, not this helper's
    return co.co_filename.endswith('.py') and not co.co_filename.endswith('_tracelog.py')


def summary(event, arg):
    if event == 'return':
        r = repr(arg)
        return '<%s>' % type(arg).__name__ if ' at 0x' in r else r
    if event == 'exception':
        return '%s(%s)' % (arg[0].__name__, arg[1])
    if event.startswith('c_'):
        return getattr(arg, '__name__', '?')
    return None


def tracer(frame, event, arg):
    co = frame.f_code
    if _mine(co):
        LOG.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, summary(event, arg)))
    return tracer


def show(title, result):
    print('==', title, result)
    for e in LOG:
        print(' ', e)
    LOG.clear()


def run(fn, *args, tracefunc=tracer):
    LOG.clear()
    sys.settrace(tracefunc)
    try:
        r = fn(*args)
    except Exception as e:
        r = 'raised %s(%s)' % (type(e).__name__, e)
    finally:
        sys.settrace(None)
    show(fn.__name__, r)
