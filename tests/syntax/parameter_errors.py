# SyntaxErrors of def/lambda parameter lists, message and position as CPython 3.11.2
# (its invalid_parameters / invalid_star_etc / invalid_kwds rules, in their order).
cases = [
    'def f(/): pass', 'lambda /: None', 'def f(/, a): pass', 'def f(/,): pass', 'lambda /, a: 0',
    'def f(a, /, /): pass', 'def f(*, a, /): pass', 'def f(*a, /): pass', 'def f(*, /): pass',
    'def f(a, /, *, /): pass', 'def f(a, /, *, /, b): pass', 'def f(*a: int, /): pass',
    'def f(a, /, c, /): pass', 'def f(a, /, c=1, /): pass', 'def f(a=1, /, c, /): pass',
    'def f(*): pass', 'def f(*, **k): pass', 'def f(*,): pass', 'def f(a, *, **k): pass',
    'lambda *: 0', 'lambda *,: 0', 'lambda *, **k: 0', 'lambda a, *, **k: 0',
    'def f(*a=1): pass', 'def f(**k=1): pass', 'lambda *a=1: 0', 'lambda **k=1: 0',
    'def f(*a:1=2): pass', 'def f(a, /, **k=1): pass',
    'def f(a, *, b, *, c): pass', 'def f(*a, *b): pass', 'def f(*, *a): pass', 'def f(*a, *): pass',
    'def f(*a, *b=1): pass', 'def f(a, *b, c, *d): pass', 'def f(*a, b=1, *c): pass',
    'def f(**k, a): pass', 'def f(**k, *a): pass', 'def f(**k, **j): pass', 'def f(**k, /): pass',
    'lambda **k, a: 0',
    'def f(a=1, b): pass', 'def f(a, b=1, c, d): pass', 'def f(a=1, /, b): pass',
    'def f(a, b=1, /, c): pass', 'lambda a=1, /, b: 0',
    'def f(a, /, b=1, c): pass', 'def f(a, /, b=1, c, d): pass', 'def f(a=1, b=2, /, c=1, d): pass',
    'def f(a=1, /, c=1, d): pass', 'lambda a, /, b=1, c: 0',
    'def f((a)): pass', 'def f(a, (b, c)): pass', 'def f(a, (b, c),): pass', 'def f(a=1, (b)): pass',
    'def f(a=): pass', 'def f(a, b=, c): pass', 'lambda a=: 0',
    'def f(a, /*): pass', 'def f(/*): pass',
    'def f() -> : pass', 'def f() -> ): pass', 'def f(a) pass', 'def f:',
    'def f(a, **): pass', 'def f(**): pass', 'lambda **: 0', 'def f(1): pass',
    'def f(a, a): pass', 'lambda a, a: 0', 'def f(a, *a): pass', 'def f(a, /, a): pass',
    'def f(**k,): pass', 'def f(a:1=2, *b:3, c, **d:4): pass', 'def f(*, a=1, b): pass',
]
for src in cases:
    try:
        compile(src, '<p>', 'exec')
        print(repr(src), 'OK')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno,
              e.end_offset)
