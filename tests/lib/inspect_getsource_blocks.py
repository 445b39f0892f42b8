# inspect.getsourcelines: blocks found with tokenize (decorators, comments, lambdas).
import inspect
import _inspect_blocks_src as m


def f_code(f):
    return f.__code__


objs = [m.plain, m.decorated, m.decorated_args, f_code(m.decorated_args), m.one_liner,
        m.sq, m.pair[0], m.pair[1], m.Outer, m.Outer.method, m.Outer.method(None),
        m.Outer.smethod, m.Outer.Inner, m.coro, f_code(m.gen).co_consts[1],
        m.last_no_newline]
for o in objs:
    try:
        lines, n = inspect.getsourcelines(o)
        print(n, repr(''.join(lines)))
    except Exception as e:
        print(type(e).__name__, e)
print(inspect.getblock(['def f():\n', '    x\n', 'y\n']))
print(inspect.getblock(['x = 1\n', 'y\n']))
print(inspect.getblock(['@d\n', 'class C: pass\n', 'z\n']))
for bad in (['def f(:\n', '    a\n', '  b\n'], ['if 1:\n', '    def g():\n', '  x\n']):
    try:
        print(inspect.getblock(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(inspect.EndOfBlock, Exception), inspect.BlockFinder().last)
