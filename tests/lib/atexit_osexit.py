# atexit: os._exit leaves at once, without running the handlers
import atexit
import os
import sys

@atexit.register
def never():
    print("not printed")

atexit.register(print, "not printed either")
print("before _exit", atexit._ncallbacks() >= 2)
sys.stdout.flush()
os._exit(5)
