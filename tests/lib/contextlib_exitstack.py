# contextlib: ExitStack unwinding and chaining, suppress, nullcontext, closing, redirect.
import io
import sys
from contextlib import (ExitStack, suppress, nullcontext, closing, redirect_stdout,
                        redirect_stderr, AbstractContextManager, contextmanager)

@contextmanager
def cm(name):
    print("enter", name)
    yield name
    print("exit", name)

with suppress(KeyError, IndexError):
    {}[1]
print("after suppress")
with nullcontext(5) as n:
    print(n)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
with redirect_stderr(buf):
    print("err", file=sys.stderr)
print(repr(buf.getvalue()))

class R:
    def close(self):
        print("closed")

with closing(R()) as r:
    print(type(r).__name__)
with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    print(st.enter_context(cm("e")))
    st.push(lambda *a: print("push", a[0]))

def raiser(exc):
    def f(*a):
        raise exc
    return f

try:
    with ExitStack() as st:
        st.callback(raiser(KeyError(1)))
        st.callback(raiser(IndexError(2)))
        raise ValueError(3)
except Exception as e:
    c = e
    while c is not None:
        print(repr(c))
        c = c.__context__
with ExitStack() as st:
    st.push(lambda *a: True)
    st.callback(raiser(TypeError("t")))
print("suppressed")
with ExitStack() as st:
    st.callback(print, "never")
    st2 = st.pop_all()
print("popped")
st2.close()
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(R, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
