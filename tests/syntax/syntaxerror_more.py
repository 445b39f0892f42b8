cases = [
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(x=1, 2)",
    "f(**k, *a)",
    "nonlocal x",
    "def f():\n    global x\n    x = 1\n    nonlocal y",
    "class C:\n    return 1",
    "x = [1, 2",
    "x = (1, 2]",
    "a + = 1",
    "for x in range(3):\npass",
    "if True:\n    x = 1\n  y = 2",
    "x = 1 +",
    "import",
    "from . import",
    "'abc' = 1",
    "None = 1",
    "True += 1",
    "[x for x in 1 2]",
    "f(a for a in b, c)",
    "a, b += 1",
    "def f(*): pass",
    "x = '''never closed",
    "0777",
    "1__0",
    "x = 5 if 3",
    "def f(**k, a): pass",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled?", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
