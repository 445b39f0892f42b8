print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f():\n    return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
print(exec("1 + 1"), eval("None"))
exec("z = 'module level'")
print(z)
loc = {}
exec("w = 1", {}, loc)
print(loc)
try:
    eval("import sys")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name_q")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
print(eval("  42  "), eval("\n7\n".strip()), eval(b"3 + 4"))
code = compile("q * 2", "<expr>", "eval")
print(type(code).__name__, eval(code, {"q": 21}), code.co_filename)
ex = compile("for i in range(3): total = i", "<ex>", "exec")
g = {}
exec(ex, g)
print(g["total"], exec(ex, g))
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
def scope():
    v = "function local"
    return eval("v"), eval("v", {"v": "explicit"})
print(scope())
print(eval("lambda n: n + 1")(1), eval("(lambda: __builtins__ is not None)()"))
