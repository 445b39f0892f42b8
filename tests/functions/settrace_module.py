# sys.settrace: tracing module-level code (f_trace set on the module frame),
# sys.gettrace, frame.f_lineno during tracing.
import sys
from _tracelog import tracer, show, LOG


def lines(frame, event, arg):
    if frame.f_code.co_filename == __file__ or frame.f_code.co_filename.endswith('settrace_module.py'):
        LOG.append((event, frame.f_code.co_name, frame.f_lineno, None))
    return lines


print(sys.gettrace())
sys.settrace(lines)
print(sys.gettrace() is lines)
sys._getframe().f_trace = lines
x = 1
for i in range(2):
    x += i
if x > 1:
    y = 2
else:
    y = 3


def f():
    return 1


z = f()
sys.settrace(None)
show('module', (x, y, z))
print(sys.gettrace())
