# compile() of bad source: message, line and column as CPython 3.11 reports them.
cases = [
    "x = = 1",
    "if x = 2:\n    pass",
    "def f()\n    pass",
    "print((1, 2)",
    "s = 'abc",
    "  x = 1",
    "def f():\nreturn 1",
    "return 5",
    "1 = x",
    "f() = 3",
    "del 5",
    "yield 1",
    "break",
    "continue",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled?", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
