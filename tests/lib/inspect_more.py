import inspect
import functools
import os


def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a

def g(x, y, /, z=3):
    pass

def ann(a: int, b: str = 'x', *, c: list = None) -> None:
    pass

def plain():
    pass

def kwo(*, k, m=4):
    pass


class C:
    def __init__(self, p, q=2):
        pass

    def meth(self, x, *rest):
        pass

    @classmethod
    def cm(cls, y=0):
        pass

    @staticmethod
    def sm(z):
        pass

    def __call__(self, w):
        pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def wrapped(u, v=1):
    pass


print('-- getfullargspec')
for obj in (f, g, ann, plain, kwo, C, C.meth, C(1).meth, C.cm, C.sm, C(1), wrapped,
            functools.partial(f, 1), lambda x, *, y=2: 0):
    spec = inspect.getfullargspec(obj)
    print(spec)
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs,
      spec.kwonlydefaults, spec.annotations)
print(type(spec).__name__, spec._fields, isinstance(spec, tuple))
for bad in (5, object):
    try:
        inspect.getfullargspec(bad)
        print('ok', bad)
    except TypeError as e:
        print('TypeError', e)

print('-- getcallargs')
print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=5, e=6))
print(inspect.getcallargs(g, 1, 2))
print(inspect.getcallargs(C(1).meth, 1, 2, 3)['rest'])
print(sorted(inspect.getcallargs(C.cm)))
print(inspect.getcallargs(kwo, k=1))
tests = [
    (f, (), {}),
    (f, (1,), {}),
    (g, (), {}),
    (g, (1, 2, 3, 4), {}),
    (plain, (1,), {}),
    (plain, (), {'q': 1}),
    (f, (1,), {'a': 2, 'c': 1}),
    (kwo, (), {}),
    (kwo, (1,), {'k': 1}),
    (C.sm, (1, 2), {}),
    (ann, (1, 2, 3), {'c': 1}),
    (lambda a, b, c: 0, (), {}),
    (lambda a, b, c, d: 0, (1,), {}),
    (lambda a: 0, (1, 2), {}),
    (lambda: 0, (1,), {}),
]
for fn, a, k in tests:
    try:
        print(inspect.getcallargs(fn, *a, **k))
    except TypeError as e:
        print('TypeError:', e)

print('-- frames')
def inner():
    fr = inspect.currentframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name)
    st = inspect.stack()
    for info in st[:3]:
        print(type(info).__name__, os.path.basename(info.filename), info.lineno,
              info.function, info.code_context, info.index)
        print(info[1] == info.filename, info[0] is info.frame, len(info))
    print(st[-1].function)
    outer = inspect.getouterframes(fr)
    print([fi.function for fi in outer])
    print([fi.lineno for fi in inspect.getouterframes(fr, context=0)][:2],
          inspect.getouterframes(fr, 0)[0].code_context,
          inspect.getouterframes(fr, 0)[0].index)
    ctx = inspect.getouterframes(fr, 3)[0]
    print(ctx.code_context, ctx.index)
    ctx = inspect.stack(5)[0]
    print(ctx.code_context, ctx.index)
    ti = inspect.getframeinfo(fr)
    print(type(ti).__name__, os.path.basename(ti.filename), ti.lineno, ti.function,
          ti.code_context, ti.index, ti.positions.lineno)
    print(inspect.getlineno(fr))
    return fr

def middle(x, *ys, k=1, **kws):
    fr = inner()
    info = inspect.getargvalues(inspect.currentframe())
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.getargs(middle.__code__))
    return fr

middle(1, 2, k=3, z=4)
fi = inspect.stack()[0]
print(fi.function, fi.lineno, fi.code_context)
try:
    inspect.getframeinfo(42)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

def boom():
    raise ValueError('x')

try:
    boom()
except ValueError:
    for info in inspect.trace():
        print(info.function, info.lineno, info.code_context, info.index)
    import sys
    tb = sys.exc_info()[2]
    print([i.function for i in inspect.getinnerframes(tb, 0)])
    print(inspect.getframeinfo(tb).lineno)
