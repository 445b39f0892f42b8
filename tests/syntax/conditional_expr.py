for x in (-1, 0, 1):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print((1 if True else 2), (1 if False else 2))
calls = []
def f(v):
    calls.append(v)
    return v
r = f("a") if f(True) else f("b")
print(r, calls)
calls.clear()
r = f("a") if f(0) else f("b")
print(r, calls)
print([x if x % 2 else -x for x in range(6)])
g = lambda x: x if x else "empty"
print(g(0), g(3))
print(1 + (2 if True else 3) * 2)
print((lambda: 1) if False else (lambda: 2)())
s = "yes" if [] else "no"
print(s)
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1)
print([] or {} or "last")
print(None and 1/0)
x = 5
print(x > 3 and "big" or "small")
print(not x, not not x)
val = None
print(val if val is not None else "fallback")
print(("a", "b")[True], ("a", "b")[False])
nested = [[1, 2], []]
print([len(l) if l else "none" for l in nested])
