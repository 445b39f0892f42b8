# ast.unparse: CPython's exact output for common statements and expressions.
import ast

SNIPPETS = [
    "x = 1", "a, b = b, a", "(a, b) = c", "[a, b] = c", "x = y = z", "x: int = 5", "(y): str",
    "x += 1", "x **= 2", "del a, b[0]", "a.b.c = d[e]", "*a, b = c",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    'doc'\n    return a",
    "def f(a, /): pass", "def f(*, a): pass", "def f(a: int = 1, *b: str, **c: 'x'): pass",
    "@dec\n@dec2(1)\ndef g():\n    pass\nx = 1",
    "class C(B, metaclass=M):\n    '''Doc.'''\n    x = 1\n    def m(self): ...",
    "class C: pass", "class C(): pass",
    "if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    y\nelse:\n    y = 2",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "for i in range(10):\n    if i: continue\n    break\nelse:\n    z = 0",
    "for a, b in x: pass", "while x < 10:\n    x += 1\nelse:\n    pass",
    "with open(f) as g, lock:\n    pass", "with a as (b, c): pass",
    "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('x') from e\nexcept (A, B):\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    done()",
    "try:\n    pass\nexcept* TypeError:\n    pass",
    "import os, sys as s\nfrom . import x\nfrom ..a.b import c as d, e\nfrom m import *",
    "global g, h", "def f():\n    nonlocal x, y", "assert x, 'msg'", "assert y",
    "lambda: 0", "lambda x, *y, z=1, **w: x", "f(lambda: 1)", "(lambda: 1)()",
    "a if b else c", "(a if b else c) if d else e", "a if (b if c else d) else e",
    "{1: 2, **d, 3: 4}", "{1, 2}", "set()", "[1, *x]", "(1,)", "()", "x = 1,", "[]", "{}",
    "[x for x in y if x if not x]", "{x for x in y}", "{k: v for k, v in d.items()}",
    "(x for x in y for z in x)", "f(x for x in y)", "sum((x for x in y), 0)",
    "def gen():\n    yield\n    yield 1\n    x = yield from g()\n    y = (yield)\n    await_ = 1",
    "a < b <= c != d is e is not f in g not in h > i >= j == k",
    "(a < b) < c", "a < (b < c)", "not a < b", "(not a) < b",
    "f(1, *a, b=2, **c)", "f(a)(b)(c)", "f(*args)", "f(**{'a': 1})",
    "f'{x}' f'{y!r:>{w}}' 'plain'", "f'{x=}'", "f'a\\n{b}'", "f\"{x['k']}\"", "f'{{}}{x}'",
    "f'{ {1: 2}[1] }'", "f'''{x}\n'''", "f'{x:{y}.{z}}'", "f'{3.0!a}'",
    "'abc'", "u'def'", "b'bytes'", "b'\\x00'", "'a\\nb'", "'it\\'s'", "\"q\\\"q\"",
    "'''x'''", "'\\t'", "'\\\\'", "'é'", "'\\u1234'", "'\\x7f'", "'\\0'",
    "1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 | 3 & 4 ^ 5",
    "(1 + 2) * 3", "1 + (2 * 3)", "(1 + 2) + 3", "1 + (2 + 3)", "2 ** 3 ** 4", "(2 ** 3) ** 4",
    "-x ** 2", "(-x) ** 2", "-(x ** 2)", "not a and b or c and -d + +e - ~f",
    "a and (b or c)", "(a and b) or c", "a or b or c", "(a or b) or c", "a or (b or c)",
    "not not a", "- -a", "-(-a)", "x[1:2, ::3, 4]", "x[a:b]", "x[...]", "x[:]", "x[::]",
    "x[a, b]", "x[(a, b)]", "x[()]", "x[1:2][3]", "(a, b)[0]", "x[*a]",
    "(x := 5)", "print((y := f(x)))", "[y := 1, 2]", "f(a := 1)",
    "0x1F, 0o17, 0b101, 1_000, 1.5, 2e10, 3j, 1.5J, True, False, None, ...",
    "1e400", "-1e400", "1e400j", "(1).real", "1 .real", "1.5.real", "x.real",
    "a = (yield)", "await x" if False else "x", "print(*a, sep='')",
    "if x:\n    pass\n# comment\n", "", "return 1", "x = (1 +\n     2)",
    "raise", "raise E", "raise E from None", "x = -1", "x = +1", "x = ~1", "x = not 1",
    "a[b] += 1", "(a.b).c", "(a + b).c", "(-a).b", "f(a)[b].c", "x = [*a, *b]",
    "{**a, **b}", "{**(a or b)}", "print(not x)", "f(a, *b, c=1, **d)",
    "def f():\n    return (yield x)", "def f():\n    '''Doc\n    more'''\n",
    "class A:\n    '''Doc with \"quotes\" and \\'\\'\\''''", "def f():\n    'ends with \"'",
    "x = 'a' 'b'", "(a, *b) = c", "for (a, b) in c: pass", "for x in (a, b): pass",
    "for x in *a, b: pass", "x = (a, b) if c else d", "x = a, (b, c)",
    "with (a, b): pass", "lambda: (yield)", "del (a, b)", "del (a), [b]",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print('#', repr(src))
    print(out)
    # unparse is stable: parsing its output gives the same tree
    again = ast.parse(out)
    if ast.dump(again) != ast.dump(tree):
        print('  (tree differs after round trip)')

# expressions and single nodes
for src in ["a + b", "f(x)[y]", "lambda x: x", "{1: 2}"]:
    t = ast.parse(src, mode='eval')
    print(ast.unparse(t), '|', ast.unparse(t.body))
print(ast.unparse(ast.parse('x = 1\ny = 2', mode='exec').body[1]))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))))
print(ast.unparse(ast.Constant((1, 2.5, 'x'))), ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.arguments(posonlyargs=[], args=[ast.arg('a')], kwonlyargs=[], kw_defaults=[], defaults=[])))
for bad in [ast.Raise(cause=ast.Name('x')), ast.YieldFrom(value=None)]:
    try:
        ast.unparse(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ast.unparse(ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)]))
except ValueError as e:
    print('ValueError', e)
