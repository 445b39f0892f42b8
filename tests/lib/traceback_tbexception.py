# TracebackException: from_exception, format(), format_exception_only(), attributes
import traceback

D = __file__.rsplit('/', 1)[0]

def fail():
    raise ValueError("boom")

try:
    try:
        fail()
    except ValueError as e:
        raise KeyError("outer") from e
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)

print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
print(te.__context__ is None or te.__context__.exc_type.__name__, te.__suppress_context__)
print(len(te.stack), te.__cause__.stack[-1].name)
print(list(te.format_exception_only()))
print(''.join(te.format()).replace(D, '<dir>'), end='')
print(''.join(te.format(chain=False)).replace(D, '<dir>'), end='')

te2 = traceback.TracebackException(ValueError, ValueError("x"), None)
print(list(te2.format()))
print(te2 == traceback.TracebackException(ValueError, ValueError("x"), None))

try:
    compile("1 +", "<in>", "exec")
except SyntaxError as se:
    te3 = traceback.TracebackException.from_exception(se)
    print(te3.filename, te3.lineno, te3.offset, te3.msg, repr(te3.text.rstrip("\n")))
    print(''.join(te3.format()).replace(D, '<dir>'), end='')

# a cycle in the chain terminates
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
print(''.join(traceback.format_exception(a)), end='')
