# threading.local: attributes per thread, __init__ per thread, cleanup at thread end.
import threading

def run(f, name):
    t = threading.Thread(target=f, name=name)
    t.start()
    t.join()

data = threading.local()
data.x = 'main'
def f():
    print('f sees x:', hasattr(data, 'x'), sorted(vars(data)))
    data.x = 'f'
    data.y = 1
    print('f', data.x, data.y, sorted(data.__dict__))
run(f, 'F')
print('main', data.x, hasattr(data, 'y'))
print(type(data), threading.local is type(data))

class Counter(threading.local):
    created = 0
    def __init__(self, start):
        Counter.created += 1
        self.n = start
        print('init in', threading.current_thread().name)
    def bump(self):
        self.n += 1
        return self.n

c = Counter(10)
print(c.bump(), c.bump())
def g():
    print('g', c.n, c.bump())
run(g, 'G1')
run(g, 'G2')
print(c.n, Counter.created)

class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del', self.tag)

def keep():
    data.obj = Noisy('thread value')
    print('stored')
run(keep, 'K')
print('after join', getattr(data, 'obj', None))
data.obj = Noisy('main value')
del data.obj
print('deleted')

try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)

class Slotted(threading.local):
    __slots__ = ('shared',)
s = Slotted()
s.shared = 'main'
s.own = 'main'
def h():
    print('h', s.shared, hasattr(s, 'own'))
run(h, 'H')
