g = globals()
print(type(g).__name__, g is globals(), g["__name__"], "g" in g)
g["injected"] = "via globals()"
print(injected)
x = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc), loc["c"]
print(f(1))
def g2():
    y = 1
    l = locals()
    l["y"] = 99
    return y, locals()["y"]
print(g2())
print(locals() is globals())
class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
def uses_global():
    return "x" in globals(), "x" in locals()
print(uses_global())
def outer():
    v = "closure"
    def inner():
        return sorted(locals()), v
    return inner()
print(outer())
print(sorted(k for k in globals() if k.startswith("__") and k.endswith("__") and k in ("__name__", "__doc__", "__builtins__")))
print(__name__, __doc__)
del g["injected"]
print("injected" in globals())
def set_global():
    globals()["made_here"] = 42
set_global()
print(made_here)
