def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b, append_to.__defaults__[0] is a)
c = append_to(3, [])
print(c, append_to.__defaults__)

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2), safe(1) is safe(1))

def dict_default(k, v, d={}):
    d[k] = v
    return d
dict_default("a", 1)
print(dict_default("b", 2))

def counter(n=[0]):
    n[0] += 1
    return n[0]
print(counter(), counter(), counter())

def immutable_default(x=0):
    x += 1
    return x
print(immutable_default(), immutable_default())

import sys
shared = []
def holder(x=shared):
    return x
before = sys.getrefcount(shared)
def holder2(x=shared):
    return x
print(sys.getrefcount(shared) - before)
print(holder() is holder2() is shared)
class Config:
    def __init__(self, opts={}):
        self.opts = opts
c1, c2 = Config(), Config()
c1.opts["debug"] = True
print(c2.opts, c1.opts is c2.opts)
