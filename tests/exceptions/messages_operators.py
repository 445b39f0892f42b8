cases = [
    "1 + 'a'", "'a' + 1", "[1] + (1,)", "(1,) + [1]", "-'s'", "~1.5", "+[]",
    "1 < 'a'", "[] < ()", "None > None", "{} >= {}", "1 @ 2", "'a' - 'b'", "'a' * 1.5",
    "[1] * [2]", "1 / 'a'", "2 ** 'x'", "abs('s')", "len(5)", "n = 5; n[0]", "n = None; n[0]",
    "int[0]", "{}.x", "(1).nope", "'abc'.missing", "[1, 2, 3].length",
    "iter(5)", "a, b = 5", "a, b = [1, 2, 3]", "a, b, c = [1]", "hash([])",
    "int('x')", "float('y')", "[].pop()", "{}.popitem()", "set().pop()", "(1, 2)[5]",
    "'x'[9]", "undefined", "sum(['a'])", "divmod('a', 1)", "chr(-1)", "ord('')",
]
for src in cases:
    try:
        exec(src, {})
        print("no error:", src)
    except Exception as e:
        print(f"{src:24} {type(e).__name__}: {e}")
