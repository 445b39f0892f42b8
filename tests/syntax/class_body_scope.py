x = "global x"
class A:
    x = "class x"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
    lam = lambda self: x
print(A.y, A().method(), A.z, A().lam())
class B:
    count = 0
    count += 1
    items = [count] * 2
    del count
print(B.items, hasattr(B, "count"))
class C:
    if True:
        flag = "conditional attr"
    for i in range(3):
        pass
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "handled in class body"
print(C.flag, C.i, C.risky)
def make(v):
    class D:
        value = v
        def get(self):
            return v
    return D
D1, D2 = make(1), make(2)
print(D1.value, D2().get(), D1 is not D2)
class E:
    a = 1
    class Inner:
        try:
            b = a
        except NameError as err:
            b = "NameError: " + str(err)
print(E.Inner.b)
class F:
    names = []
    for n in ("p", "q"):
        names.append(n)
    locals_snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(F.names, F.locals_snapshot)
class G:
    def __init__(self):
        self.attr = __class__.__name__
print(G().attr)
