log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
v("f", lambda *a, **k: None)(v("a1"), v("a2"), kw=v("kw"))
print(log)
log.clear()
x = v("left", 1) + v("right", 2) * v("third", 3)
print(log, x)
log.clear()
lst = [0, 0]
lst[v("index", 0)] = v("value", 5)
print(log)
log.clear()
v("a", True) and v("b", 0) and v("c", 1)
print(log)
log.clear()
v("a", 0) or v("b", "") or v("c", 3)
print(log)
log.clear()
a, b = v("rhs1", 1), v("rhs2", 2)
print(log)
log.clear()
result = v("cond", True) if v("test", 1) else v("other", False)
print(log)
log.clear()
t = (v("t1"), *[v("t2")], v("t3"))
print(log)
log.clear()
s = f"{v('fs1')}{v('fs2')}"
print(log)
log.clear()
def default_order(a=v("def_a"), b=v("def_b")):
    pass
print(log)
log.clear()
z = v("z1", 1) < v("z2", 2) < v("z3", 3)
print(log)
log.clear()
@v("deco1", lambda f: f)
@v("deco2", lambda f: f)
def decorated():
    pass
print(log)
