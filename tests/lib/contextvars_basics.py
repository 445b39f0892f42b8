import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar('v')
w = ContextVar('w', default=10)
print(v.name, w.name, w.get(), w.get(5), v.get('dflt'))
try:
    v.get()
except LookupError as e:
    print('LookupError', type(e).__name__)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2); print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', 'already been used' in str(e))
try:
    w.reset(t)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
try:
    v.reset('x')
except TypeError as e:
    print('TypeError')
v.reset(t)
print(v.get(None))
try:
    ContextVar(1)
except TypeError as e:
    print(type(e).__name__, e)

v.set('outer')
ctx = copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx) >= 1, ctx.get(w, 'none'))

def f(x):
    print('in f', v.get(), x)
    v.set('inner')
    w.set(20)
    print('in f after', v.get(), w.get())
    return x * 2

print(ctx.run(f, 21))
print(v.get(), w.get(), ctx[v], ctx[w])
print(sorted(k.name for k in ctx), ctx.get(w))
try:
    ctx[ContextVar('zz')]
except KeyError as e:
    print('KeyError')

def reenter():
    ctx.run(print, 'never')
try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', 'already entered' in str(e))

c2 = Context()
print(len(c2), list(c2), c2.run(v.get, 'empty'))
tok = v.set('x')
def other():
    try:
        v.reset(tok)
    except ValueError as e:
        print('ValueError', 'different Context' in str(e))
Context().run(other)
c3 = ctx.copy()
print(c3[v], c3 == ctx, sorted(x for x in c3.values() if isinstance(x, int)))
print(type(ctx).__name__, type(v).__name__, type(tok).__name__)
