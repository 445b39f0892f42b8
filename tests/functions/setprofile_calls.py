# sys.setprofile: c_call events for star/keyword calls of builtins, bound builtin
# methods, method descriptors, inlined __init__, generators, c_exception.
import sys
log = []
def prof(frame, event, arg):
    co = frame.f_code
    if co.co_filename.endswith('.py'):
        name = getattr(arg, '__name__', None) if event.startswith('c_') else None
        log.append((event, co.co_name, name, frame.f_lineno - co.co_firstlineno))

def f(*a, **k):
    return len(a)

class K:
    def __init__(self, x):
        self.x = x
    def meth(self):
        return max(self.x, 1)

def gen():
    yield from range(2)

def body():
    print(*[1, 2], sep='-')
    print(*[3])
    f(1, 2, k=3)
    k = K(4)
    k.meth()
    m = k.meth
    m()
    bm = [].append
    bm(1)
    list(gen())
    s = str(5)
    'a,b'.split(',')
    sum(x for x in range(2))
    try:
        [].pop()
    except IndexError:
        pass
    return sorted([2, 1], key=lambda v: -v)

sys.setprofile(prof)
body()
sys.setprofile(None)
for e in log: print(e)
