# Inconsistent hierarchies and invalid bases
class A: pass
class B(A): pass
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
cases = [
    ("A, B", lambda: type("C", (A, B), {})),
    ("P, Q", lambda: type("C", (P, Q), {})),
    ("dup", lambda: type("C", (A, A), {})),
    ("dup2", lambda: type("C", (X, Y, X), {})),
    ("object first", lambda: type("C", (object, A), {})),
    ("bool", lambda: type("C", (bool,), {})),
    ("NoneType", lambda: type("C", (type(None),), {})),
    ("instance base", lambda: type("C", (A(),), {})),
    ("int base", lambda: type("C", (1,), {})),
    ("function type", lambda: type("C", (type(lambda: 0),), {})),
    ("slice", lambda: type("C", (slice,), {})),
]
for label, make in cases:
    try:
        make()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, repr(str(e)))
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
try:
    class C2(A, A):
        pass
except TypeError as e:
    print(e)
class M: pass
class N(M): pass
class O(N): pass
try:
    class Z(M, N, O): pass
except TypeError as e:
    print(repr(str(e)))
