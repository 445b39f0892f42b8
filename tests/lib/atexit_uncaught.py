# atexit: handlers run after an uncaught exception's traceback; keyword arguments
import atexit
import sys

def report(label, *, code):
    print("handler:", label, code)
    sys.stdout.flush()

atexit.register(report, "exit", code=1)
print("raising")
sys.stdout.flush()
raise RuntimeError("uncaught")
