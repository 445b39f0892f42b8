# atexit: handlers run at normal exit, last registered first, with their arguments
import atexit

base = atexit._ncallbacks()   # CPython's site may have registered some

def hello(name, punct="!"):
    print("goodbye", name + punct)

def plain():
    print("plain handler")

r = atexit.register(hello, "world")
print(r is hello)
atexit.register(hello, "kw", punct="?")
atexit.register(plain)

@atexit.register
def decorated():
    print("decorated handler")

print(decorated.__name__, atexit._ncallbacks() - base)

def late():
    print("registered inside a handler: not run")

def registers_more():
    print("registers_more runs")
    atexit.register(late)

atexit.register(registers_more)
print("end of script")
