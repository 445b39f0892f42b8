code = compile("a = 1\nb = a + 1\n", "<exec>", "exec")
ns = {}
print(exec(code, ns), ns["b"], code.co_filename, code.co_name)
e = compile("3 * 7", "<eval>", "eval")
print(eval(e), e.co_name, type(e).__name__)
s = compile("40 + 2", "<single>", "single")
print(type(s).__name__, s.co_filename)
r = exec(s)
print(r)
for src, mode in (("x = ", "exec"), ("a = 1", "eval"), ("1 +* 2", "eval"), ("def f(:", "exec")):
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as err:
        print(repr(src), mode, type(err).__name__, err.msg, err.filename, err.lineno)
try:
    compile("1", "<x>", "run")
except ValueError as err:
    print(type(err).__name__, err)
try:
    compile(5, "<x>", "eval")
except TypeError as err:
    print(type(err).__name__, err)
c2 = compile(b"'from bytes'", "<b>", "eval")
print(eval(c2))
print(eval(compile("[i for i in range(3)]", "<lc>", "eval")))
src = "def sq(v):\n    return v * v\nresult = sq(9)\n"
g = {}
exec(compile(src, "<module-like>", "exec"), g)
print(g["result"], g["sq"].__code__.co_filename, g["sq"].__name__)
try:
    exec(compile("1/0", "<boom>", "exec"))
except ZeroDivisionError as err:
    tb = err.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(err).__name__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
print(compile("x", "<c>", "eval").co_names, compile("pass", "<c>", "exec").co_consts[-1])
