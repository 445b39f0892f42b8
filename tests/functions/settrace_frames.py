# sys.settrace: f_trace_opcodes, deep recursion while tracing, f_locals and f_back seen
# by the tracer, a trace function left set at exit.
import sys
n = [0]
def op_tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == 'opcode':
        n[0] += 1
    return op_tracer
def f(a):
    return a + 1
sys.settrace(op_tracer)
f(1)
sys.settrace(None)
print('opcodes seen', n[0] > 0)

# deep recursion under tracing
def rec(k):
    return rec(k + 1)
def t(frame, event, arg):
    return t
sys.settrace(t)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError')
sys.settrace(None)
print(sys.gettrace())

# f_locals seen by tracer
seen = []
def lt(frame, event, arg):
    if frame.f_code.co_name == 'g' and event == 'line':
        seen.append(dict(frame.f_locals))
    return lt
def g():
    x = 1
    y = x + 1
    return y
sys.settrace(lt)
g()
sys.settrace(None)
print(seen)
# frame.f_back, f_lineno in tracer
def bt(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'g':
        print('caller line', frame.f_back.f_lineno, frame.f_back.f_code.co_name)
    return None
sys.settrace(bt)
g()
sys.settrace(None)
# trace left on at exit
def final(frame, event, arg):
    return final
sys.settrace(final)
print('end')
