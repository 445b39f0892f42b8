# functools.wraps and update_wrapper.
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

class Holder:
    @logged
    def method(self, x: int) -> int:
        "Double x."
        return 2 * x

print(Holder().method(4))
m = Holder.method
print(m.__name__, m.__qualname__, m.__doc__, m.__module__, m.__annotations__)
print(m.__wrapped__.__name__, m.__wrapped__ is not m)

def source():
    "source doc"
source.extra = [1]
source.__wrapped__ = 'old'
def target():
    pass
target.own = 'own'
res = update_wrapper(target, source)
print(res is target, target.__doc__, target.extra is source.extra, target.own)
print(target.__wrapped__ is source)

def t2():
    pass
update_wrapper(t2, source, assigned=('__doc__',), updated=())
print(t2.__name__, t2.__doc__, hasattr(t2, 'extra'))

class CallableObj:
    def __call__(self):
        return 'called'
obj = CallableObj()
def t3():
    pass
update_wrapper(t3, obj)
print(t3.__name__, t3.__wrapped__ is obj)

def stacked(fn):
    @wraps(fn)
    def inner():
        return fn()
    return inner
@stacked
@stacked
def base():
    return 'base'
print(base(), base.__name__, base.__wrapped__.__wrapped__ is not None)
