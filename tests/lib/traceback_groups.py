# exception groups: nested numbered boxes, max_group_width / max_group_depth, chaining
import traceback

D = __file__.rsplit('/', 1)[0]

def show(lines):
    print(''.join(lines).replace(D, '<dir>'), end='')
    print('-----')

def fail(n):
    raise ValueError("bad %d" % n)

def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
    raise ExceptionGroup("outer", errors + [inner])

try:
    collect()
except ExceptionGroup as e:
    show(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e, max_group_width=1, max_group_depth=1)
    show(te.format())
    print(len(te.exceptions), te.exceptions[2].exceptions[0].exc_type.__name__)

show(traceback.format_exception(ExceptionGroup("wide", [OSError(i) for i in range(17)])))
try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        raise ExceptionGroup("during", [ValueError("v")])
except ExceptionGroup as e:
    show(traceback.format_exception(e))
deep = ValueError("leaf")
for i in range(4):
    deep = ExceptionGroup("level %d" % i, [deep])
show(traceback.TracebackException.from_exception(deep, max_group_depth=2).format())
