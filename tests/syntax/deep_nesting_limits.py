# How deep source may nest, and which error each pass gives past its limit, as
# CPython 3.11: the parser past 6000 nested rules raises MemoryError (no message);
# the symbol table past ~3000 nested expressions raises RecursionError; brackets
# past 200 are a SyntaxError from the tokenizer; lambdas nest without a scope limit.
def t(label, src, mode="eval"):
    try:
        compile(src, "<s>", mode)
        print(label, "ok")
    except BaseException as e:
        print(label, type(e).__name__, e)
for n in (100, 1000, 2900, 5000, 10000, 100000):
    t("neg %d" % n, "-" * n + "1")
    t("not %d" % n, "not " * n + "x")
    t("lambda %d" % n, "lambda: " * n + "1")
    t("call %d" % n, "f(" * n + ")" * n)
    t("attr %d" % n, "a" + ".b" * n)
    t("sub %d" % n, "a" + "[0]" * n)
    t("add %d" % n, "+".join(["1"] * n))
    t("pow %d" % n, "**".join(["2"] * n))
    t("ifexp %d" % n, "1 if x else " * n + "2")
    t("await %d" % n, "async def f():\n  return " + "await " * n + "x", "exec")
    t("tuple %d" % n, "(" * min(n, 199) + "1," + ")" * min(n, 199))
    t("list %d" % n, "[" * min(n, 199) + "]" * min(n, 199))
    t("dict %d" % n, "{1:" * min(n, 199) + "1" + "}" * min(n, 199))
    t("if %d" % n, "".join(" " * i + "if x:\n" for i in range(min(n, 99))) + " " * min(n, 99) + "pass\n", "exec")
