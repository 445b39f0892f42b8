# traceback.format_exc / print_exc / format_tb / print_tb for a nested call chain
import sys
import traceback

D = __file__.rsplit('/', 1)[0]

def show(text):
    print(text.replace(D, '<dir>'), end='')

def inner(n):
    raise ValueError("bad value %d" % n)

def middle():
    inner(3)

def outer():
    middle()

try:
    outer()
except ValueError:
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    tb = sys.exc_info()[2]
    show(''.join(traceback.format_tb(tb)))
    print(len(traceback.format_tb(tb, limit=2)))

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

o = Out()
try:
    outer()
except ValueError as e:
    traceback.print_exc(file=o)
    traceback.print_tb(e.__traceback__, limit=1, file=o)
show(''.join(o.parts))
# no exception being handled
show(traceback.format_exc())
