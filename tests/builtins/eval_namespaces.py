g = {"a": 1}
l = {"b": 2}
print(eval("a + b", g, l), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
exec("c = a + b", g, l)
print(l, "c" in g)
exec("global d\nd = 4", g, l)
print(g["d"], "d" in l)
ns = {"__builtins__": {}}
try:
    eval("len([])", ns)
except NameError as e:
    print(type(e).__name__, e)
ns = {"__builtins__": {"len": lambda x: "fake len"}}
print(eval("len([])", ns))
print(eval("x", {"x": "global"}, {"x": "local"}), eval("x", {"x": "global"}))
def f():
    y = "function local"
    return eval("y"), eval("[y for _ in range(1)]") if False else "skip"
print(f())
code = "def helper():\n    return hidden\nhidden = 'visible to helper'\n"
space = {}
exec(code, space)
print(space["helper"]())
class Mapping(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("unknown_name", {}, Mapping()))
exec("lst = [1, 2]\nlst.append(3)", space)
print(space["lst"])
print(eval("(lambda: 1)()"), eval("sum(x for x in range(4))"), eval("__import__('sys').version_info[:2]"))
r = {}
exec("import sys as s\nimported = s.__name__", r)
print(r["imported"], "s" in r)
print(eval("1 if True else 2"), eval("[*'ab']"), eval("{**{'k': 1}}"))
