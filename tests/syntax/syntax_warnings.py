# CPython 3.11's compile-time SyntaxWarnings, captured through warnings.catch_warnings.
import warnings
srcs = [
    "x = 5\nx is 1",
    "x = 5\nx is not 'a'",
    "x = 1\nx is None",
    "x = 1\nx is ()",
    "1(2)",
    "(1, 2)(3)",
    "[1, 2](0)",
    "1[0]",
    "{1}[0]",
    "[1, 2]['a']",
    "(1, 2)[1.5]",
    "'abc'['x']",
    "'abc'[1]",
    "[1][0]",
    "x = [1]\nx['a']",
    "(lambda: 0)[0]",
]
for src in srcs:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<s>", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("1(2)", "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
