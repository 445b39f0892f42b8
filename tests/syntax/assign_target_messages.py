# Which invalid assignment targets get CPython 3.11's "here. Maybe you meant '=='" hint
# (invalid_named_expression: the whole target, a bitwise_or that is no tuple/list) and
# the names of await/yield expressions in the messages; keyword-argument errors.
cases = ['(yield) = 1', 'yield = 1', 'x = yield = 1', 'await x = 1', '(await x) = 1',
         'x = await y = 1', '(a, 1) = 2', '[a, f()] = 2', 'f() = 1', '-(a,1) = 2', 'a, b + 1 = 3',
         'del await x', 'for await x in y: pass', 'with a as await b: pass', 'await x += 1',
         'f(True=1)', 'f(None=1)', 'f(False=1)', 'f(x=1 for x in y)', 'f(a, x=1 for x in y)',
         'f(x=1 async for x in y)', 'f(a.b=1)', 'f(1=2)', '(**a)', '(**a, b)', '(*a)',
         'b"x" f"y"', 'x = (b"x" "y"  "z"\n)',
         'f() = 1, 2', 'f() = (1, 2)', 'f() = *a, 2', 'a, f() = 1, 2', 'f(), a = 1', 'f(), a = 1, 2',
         'f(), a = *b', 'f(), a.b = 1', 'f(), a[0] = 1', 'f(), (a, b) = 1', 'f(), [a] = 1',
         'f(), None = 1', 'f(), 1 = 1', 'a, b + 1 = c = 3', 'f(), a = b = 1', '(f(), a) = 1',
         'a, 1 = 2', 'a, None = 1', 'a, b + 1 = 3, 4']
for src in cases:
    try:
        compile(src, '<p>', 'exec')
        print(repr(src), 'OK')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno,
              e.end_offset)
