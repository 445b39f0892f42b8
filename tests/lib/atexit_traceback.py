# atexit: an exception in a handler is reported and the other handlers still run;
# unregister, _clear and argument errors
import atexit
import sys

base = atexit._ncallbacks()   # CPython's site may have registered some

def first():
    print("first (runs last)")

def boom():
    raise ValueError("handler failed")

def removed():
    print("never printed")

atexit.register(first)
atexit.register(boom)
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
print(atexit._ncallbacks() - base)
for bad in [lambda: atexit.register(5), lambda: atexit.register(), lambda: atexit.register(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def after_exit():
    print("after sys.exit, code still runs handlers")
    sys.stdout.flush()

atexit.register(after_exit)
sys.exit(3)
