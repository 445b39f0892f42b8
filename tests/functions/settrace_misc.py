# sys.settrace: more constructs: keyword/star calls, coroutines, match, multi-line
# expressions, settrace inside a function, recursion, with/try returns, break in finally.
import sys
from _tracelog import run, tracer, show, LOG

def kw(a, b=2, *c, **d):
    return a + b

def calls():
    x = kw(1, b=3)
    y = kw(*[1, 2])
    z = kw(**{'a': 1})
    return x, y, z

async def co():
    return 5

async def aw():
    r = await co()
    return r

def run_co():
    c = aw()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

def matchit(v):
    match v:
        case [a, b]:
            return a + b
        case {'k': k}:
            return k
        case _:
            return None

def ternary(a):
    x = (1 if a
         else 2)
    return x

def dict_lit():
    d = {
        'a': 1,
        'b': 2,
    }
    return d

def inner_settrace():
    sys.settrace(tracer)
    a = 1
    b = kw(a)
    return b

def recursion(n):
    if n == 0:
        return 0
    return recursion(n - 1) + 1

def del_and_global():
    global GG
    GG = 1
    del GG
    return 1

def assert_ok():
    assert True
    return 1

def with_return():
    class C:
        def __enter__(s): return 1
        def __exit__(s, *a): return False
    with C():
        return 2

def try_return_in_except():
    try:
        raise ValueError
    except ValueError:
        return 3
    finally:
        pass

def break_in_try():
    for i in range(3):
        try:
            break
        finally:
            i = 0
    return i

def str_fmt(x):
    return f"{x}-{x!r}"

def loop_comp():
    return [y for x in range(2) for y in range(x) if y >= 0]

def unpack():
    a, b = 1, 2
    (c,
     d) = (a, b)
    return c + d

run(calls)
run(run_co)
run(matchit, [1, 2])
run(matchit, {'k': 3})
run(matchit, 5)
run(ternary, 0)
run(dict_lit)
LOG.clear()
inner_settrace()
sys.settrace(None)
show('inner_settrace', None)
run(recursion, 2)
run(del_and_global)
run(assert_ok)
run(with_return)
run(try_return_in_except)
run(break_in_try)
run(str_fmt, 1)
run(loop_comp)
run(unpack)
