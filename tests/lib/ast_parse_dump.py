# ast.parse + ast.dump on many snippets: plain, with attributes, indented.
import ast

SNIPPETS = [
    "x = 1",
    "a, b = b, a",
    "x: int = 5\n(y): str\nz.w: list[int]",
    "x += 1; y -= 2; z @= m; q //= 3; r **= 2; s >>= 1; t <<= 2; u |= v; w ^= 1; k &= 7; m %= 4; n *= 2; o /= 2",
    "del a, b[0], c.d",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    'doc'\n    return a\n",
    "@dec\n@dec2(1)\ndef g(): pass\n",
    "class C(B, metaclass=M):\n    x = 1\n    def m(self): ...\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
    "for i in range(10):\n    if i: continue\n    break\nelse:\n    z = 0\n",
    "while x < 10:\n    x += 1\nelse:\n    pass\n",
    "with open(f) as g, lock:\n    pass\n",
    "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('x') from e\nexcept (A, B):\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    done()\n",
    "try:\n    pass\nexcept* TypeError:\n    pass\n",
    "import os, sys as s\nfrom . import x\nfrom ..a.b import c as d, e\nfrom m import *\n",
    "global g\nnonlocal_ = 1\n",
    "def f():\n    nonlocal x\n",
    "assert x, 'msg'\nassert y",
    "lambda: 0\nlambda x, *y, z=1, **w: x",
    "a if b else c",
    "{1: 2, **d, 3: 4}\n{1, 2}\n[1, *x]\n(1,)\n()",
    "[x for x in y if x if not x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y for z in x)",
    "def gen():\n    yield\n    yield 1\n    x = yield from g()\n",
    "a < b <= c != d is e is not f in g not in h > i >= j == k",
    "f(1, *a, b=2, **c)",
    "f'{x}' f'{y!r:>{w}}' 'plain'",
    "f'{x=}'",
    "'abc' u'def'\nu'x' 'y'\nb'bytes' b'\\x00'",
    "1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 | 3 & 4 ^ 5",
    "not a and b or c and -d + +e - ~f",
    "x[1:2, ::3, 4]\nx[a:b]\nx[...]",
    "a.b.c = d[e]\n*a, b = c",
    "(x := 5)\nprint((y := f(x)))",
    "0x1F, 0o17, 0b101, 1_000, 1.5, 2e10, 3j, 1.5J, True, False, None, ...",
    "'é' + \"ü\" + x.é",
    "print('é', é)\né = 'ü'",
    "if x:\n    pass\n# comment\n",
    "",
    "return 1",
    "x = (1 +\n     2)\n",
    "class A:\n    '''Doc'''\n    def f(self, *, a): return a\n",
    "def f[]: pass" if False else "pass",
]

for src in SNIPPETS:
    print('#', repr(src))
    t = ast.parse(src)
    print(ast.dump(t))
    print(ast.dump(t, include_attributes=True))
    print(ast.dump(t, annotate_fields=False))
print(ast.dump(ast.parse(SNIPPETS[5]), indent=2))
print(ast.dump(ast.parse(SNIPPETS[12]), indent='\t', include_attributes=True))
print(ast.dump(ast.parse(SNIPPETS[20]), indent=0))

for mode in ('eval', 'single'):
    for src in ['x + 1', '[a for a in b]', 'f(x)']:
        t = ast.parse(src, mode=mode)
        print(mode, ast.dump(t), ast.dump(t, include_attributes=True))
print(ast.dump(ast.parse('if x:\n  y\n', mode='single'), indent=1))
print(ast.dump(compile('a.b', '<s>', 'eval', ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b'a = 1', '<s>', 'exec', ast.PyCF_ONLY_AST)))

# syntax errors come out of parse as SyntaxError
for bad in ['x = ', '(a', 'def f(:', '  x = 1', 'f(**a, *b)']:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
try:
    ast.parse('1 +', '<file>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)
try:
    ast.parse('x', mode='bogus')
except ValueError as e:
    print('ValueError', e)

# singletons and positions
t = ast.parse('a = b\nc = d')
print(t.body[0].targets[0].ctx is t.body[1].targets[0].ctx, type(t.body[0].value.ctx).__name__)
print(ast.parse('x + y').body[0].value.op is ast.parse('1+2').body[0].value.op)
n = ast.parse("s = 'é' + x").body[0].value
print(n.left.col_offset, n.left.end_col_offset, n.right.col_offset, n.right.end_col_offset)
print(ast.parse("u'x'").body[0].value.kind, ast.parse("'x'").body[0].value.kind)
