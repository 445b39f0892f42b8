# atexit: _run_exitfuncs runs once and empties the list; _clear drops handlers
import atexit

base = atexit._ncallbacks()
atexit._clear()
calls = []
atexit.register(calls.append, 1)
atexit.register(calls.append, 2)
atexit._run_exitfuncs()
print(calls, atexit._ncallbacks())
atexit._run_exitfuncs()
print(calls)
atexit.register(print, "dropped")
atexit._clear()
print(atexit._ncallbacks())

class Handler:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self):
        print("Handler", self.tag)
    def __eq__(self, other):
        return isinstance(other, Handler) and other.tag == self.tag
    __hash__ = None

atexit.register(Handler("a"))
atexit.register(Handler("b"))
atexit.unregister(Handler("a"))
atexit.register(print, "print with", "several", "args", sep="-")
print("script done")
