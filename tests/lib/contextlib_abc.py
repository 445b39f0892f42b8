# contextlib: AbstractContextManager, ContextDecorator, chained ExitStack callbacks.
from contextlib import AbstractContextManager, ContextDecorator, ExitStack, closing

class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

class Half:
    def __enter__(self):
        return self

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print('Mine exit', a[0])

print(issubclass(Duck, AbstractContextManager), issubclass(Half, AbstractContextManager))
print(isinstance(Duck(), AbstractContextManager), isinstance(closing(1), AbstractContextManager))
with Mine() as m:
    print(type(m).__name__)
try:
    class NoExit(AbstractContextManager):
        pass
    NoExit()
except TypeError as e:
    print(type(e).__name__)

class logged(ContextDecorator):
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print('start', self.tag)
        return self

    def __exit__(self, typ, val, tb):
        print('end', self.tag, typ.__name__ if typ else None)
        return False

@logged('f')
def f(a, b=2):
    """adds"""
    return a + b

print(f(1), f.__name__, f.__doc__)
try:
    @logged('g')
    def g():
        raise KeyError('boom')
    g()
except KeyError as e:
    print('KeyError', e)
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, 'inner cb')
    outer.callback(print, 'outer cb')
    print(outer.push(Duck()).__class__.__name__)
print('done')
