def f(a, b=2, *args, c=3, d, **kw):
    """Docstring of f."""
    return a

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
print(f.__code__.co_varnames)
class C:
    def m(self):
        pass
    class N:
        def deep(self):
            def inner():
                pass
            return inner
print(C.m.__qualname__, C.N.deep.__qualname__, C.N().deep().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
f.__doc__ = "changed"
f.custom = 42
print(f.__doc__, f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

def g(x=[]):
    x.append(len(x))
    return x
print(g(), g(), g([9]), g())
print(g.__defaults__)
g.__defaults__ = ([100],)
print(g())
def h(*, k=1):
    return k
h.__kwdefaults__ = {"k": "new"}
print(h())
print(type(f).__name__, callable(f), f.__globals__ is globals())
print(f.__annotations__, f.__closure__)
