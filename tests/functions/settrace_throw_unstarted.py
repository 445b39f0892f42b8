# throw() into an unstarted generator while tracing: events, no handler runs.
import sys
def g():
    try:
        yield 1
    except ValueError:
        print("except ran")
        yield 2
def tr(frame, event, arg):
    if frame.f_code.co_name == 'g':
        print(event, frame.f_lineno - frame.f_code.co_firstlineno)
    return tr
sys.settrace(tr)
it = g()
try:
    it.throw(ValueError)
except ValueError:
    print("propagated")
sys.settrace(None)
print(next(it, "exhausted"))
