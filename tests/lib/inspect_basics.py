import inspect
import sys
import functools
import abc


def f(a, b=1, *args, c, d=2, **kw) -> int:
    """Docstring of f.

        indented line
    last line
    """
    return a


def g(x, y, /, z=3):
    pass


def ann(a: int, b: str = 'x', *, c: list = None) -> None:
    pass


def gen():
    yield 1


class A:
    """Class A doc."""
    attr = 5

    def __init__(self, p, q=2):
        self.p = p

    def meth(self, x, y=0):
        return x

    @staticmethod
    def st(u):
        pass

    @classmethod
    def cm(cls, v):
        pass

    @property
    def prop(self):
        return 1


class B(A):
    pass


class N:
    def __new__(cls, n, *, m=1):
        return object.__new__(cls)


class Abs(abc.ABC):
    @abc.abstractmethod
    def go(self):
        pass


class C:
    def __call__(self, k, l=9):
        pass


# predicates
print('ismodule', inspect.ismodule(sys), inspect.ismodule(f))
print('isclass', inspect.isclass(A), inspect.isclass(A(1)))
print('ismethod', inspect.ismethod(A(1).meth), inspect.ismethod(A.meth))
print('isfunction', inspect.isfunction(f), inspect.isfunction(len), inspect.isfunction(A.meth))
print('isgeneratorfunction', inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f))
print('isgenerator', inspect.isgenerator(gen()), inspect.isgenerator(gen))
print('iscoroutinefunction', inspect.iscoroutinefunction(f))
print('isbuiltin', inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isbuiltin([].append))
print('isroutine', inspect.isroutine(f), inspect.isroutine(len), inspect.isroutine(str.join), inspect.isroutine(5))
print('isabstract', inspect.isabstract(Abs), inspect.isabstract(A))
print('ismethoddescriptor', inspect.ismethoddescriptor(str.join), inspect.ismethoddescriptor(f))
print('isdatadescriptor', inspect.isdatadescriptor(A.__dict__['prop']), inspect.isdatadescriptor(f))
print('iscode', inspect.iscode(f.__code__), inspect.iscode(f))
print('isframe', inspect.isframe(inspect.currentframe()), inspect.isframe(f))
try:
    1 / 0
except ZeroDivisionError as e:
    print('istraceback', inspect.istraceback(e.__traceback__), inspect.istraceback(e))
print('isawaitable', inspect.isawaitable(5))
print('CO flags', inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_GENERATOR)
print('flags f', bool(f.__code__.co_flags & inspect.CO_VARARGS), bool(g.__code__.co_flags & inspect.CO_VARKEYWORDS))

# members / mro
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(B, inspect.isfunction)])
obj = A(1)
obj.zz = 3
print([(n, v) for n, v in inspect.getmembers(obj) if n in ('attr', 'p', 'zz', 'prop')])
print([c.__name__ for c in inspect.getmro(B)])

# signatures
for fn in (f, g, ann, gen, A, B, N, A(1).meth, A.meth, A.st, A.cm, C(), lambda *a, **k: 0):
    print(str(inspect.signature(fn)))
sig = inspect.signature(f)
print(list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation is p.empty, repr(p))
print(sig.return_annotation)
print(repr(inspect.signature(g)))
print(inspect.Parameter.KEYWORD_ONLY > inspect.Parameter.POSITIONAL_ONLY, int(inspect.Parameter.VAR_KEYWORD))
print(inspect.Parameter.POSITIONAL_OR_KEYWORD.description)

ba = sig.bind(1, 2, 3, 4, c=5, z=6)
print(ba.arguments)
print(ba.args, ba.kwargs)
ba = sig.bind(10, c=7)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments)
print(ba.args, ba.kwargs)
print(repr(ba))
bp = sig.bind_partial(b=3)
print(bp.arguments, bp.args, bp.kwargs)
gs = inspect.signature(g)
print(gs.bind(1, 2).arguments, gs.bind(1, 2, z=4).kwargs)

def err(sig, *a, **k):
    try:
        sig.bind(*a, **k)
    except TypeError as e:
        print(type(e).__name__, e)

err(sig)
err(sig, 1)
err(gs, 1, 2, 3, 4)
err(gs, 1, y=2)
err(gs, 1, 2, w=3)
err(inspect.signature(A(1).meth), 1, x=2)

# building signatures by hand
P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
                        P('args', P.VAR_POSITIONAL), P('c', P.KEYWORD_ONLY),
                        P('d', P.KEYWORD_ONLY, default=2, annotation=int),
                        P('kw', P.VAR_KEYWORD)], return_annotation=int)
print(s2)
print(s2.replace(return_annotation=inspect.Signature.empty))
print(s2.replace(parameters=[P('x', P.KEYWORD_ONLY)]))
print(P('q', P.POSITIONAL_ONLY).replace(name='r', default=5))
def same(a, /, b=1, *args, c, d: int = 2, **kw) -> int:
    pass
print(s2 == inspect.signature(same), s2 == inspect.signature(g))
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    P('1a', P.POSITIONAL_ONLY)
except ValueError as e:
    print(type(e).__name__, e)
try:
    inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)])
except ValueError as e:
    print(type(e).__name__, e)


def h(*a, **k):
    pass
h.__signature__ = inspect.Signature([P('zz', P.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(h))

print(inspect.signature(functools.partial(f, 1, 2)))
print(inspect.signature(functools.partial(g, 1)))
print(inspect.signature(functools.partial(g, 1, z=5)))


@functools.wraps(g)
def wrapper(*a, **k):
    return g(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
print(inspect.unwrap(wrapper) is g)
try:
    inspect.signature(5)
except TypeError as e:
    print(type(e).__name__, e)

# docs
print(repr(inspect.getdoc(f)))
print(repr(inspect.getdoc(A)))
print(inspect.getdoc(gen))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))

# modules / files / source
print(inspect.getmodule(f) is sys.modules['__main__'], inspect.getmodule(A) is sys.modules[__name__])
print(inspect.getmodule(functools.partial) is sys.modules.get('functools') or inspect.getmodule(functools.partial) is sys.modules.get('_functools'))
print(inspect.getfile(f).endswith('inspect_basics.py'), inspect.getsourcefile(A.meth).endswith('inspect_basics.py'))
print(inspect.getsource(g), end='')
print(inspect.getsource(A.meth), end='')
lines, lnum = inspect.getsourcelines(gen)
print(lnum, len(lines))
print(inspect.getsource(C), end='')
print(inspect.currentframe().f_code.co_name)

# getattr_static
class D:
    x = 1
    @property
    def y(self):
        raise RuntimeError
d = D()
d.w = 2
print(inspect.getattr_static(d, 'x'), inspect.getattr_static(d, 'w'))
print(type(inspect.getattr_static(d, 'y')).__name__)
print(inspect.getattr_static(d, 'nope', 'dflt'))
try:
    inspect.getattr_static(d, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)

# more: inherited docs, decorated source, partial of method
print(repr(inspect.getdoc(B)), repr(inspect.getdoc(B.meth)))


@functools.lru_cache(maxsize=None)
def cached(n,
           m=1):
    return n


print(inspect.getsource(cached), end='')
print(inspect.signature(functools.partial(A(1).meth, 5)))
print(inspect.signature(B.__init__))
