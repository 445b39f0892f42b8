# sys.getrefcount of literal values in the main program: CPython keeps the parser's
# arena (which references every literal of the source) alive while the main program
# runs, so each literal has one reference more there than in an imported module.
import sys
import _refcount_mod

a = "hello"
b = "some string value"
c = b"bytes value"
d = 1.25
e = 3j
f = (1, "two", 3.0)
g = 10 ** 30
h = -5.5
x = "abc def"; y = "abc def"
k = 1000; j = 1000
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c), sys.getrefcount(d))
print(sys.getrefcount(e), sys.getrefcount(f), sys.getrefcount(g), sys.getrefcount(h))
print(sys.getrefcount(x), x is y, sys.getrefcount(k), k is j)
print(sys.getrefcount("literal in call"), sys.getrefcount(2.5), sys.getrefcount((1, 2)))

def fn():
    local = "local str value"
    return sys.getrefcount(local)

print(fn(), sys.getrefcount((lambda: "lambda const str")()))
print(_refcount_mod.literal_count(), sys.getrefcount(_refcount_mod.X))
computed = "".join(["com", "puted"])
print(sys.getrefcount(computed), sys.getrefcount(frozenset({1, 2})))

class A:
    pass

obj = A()
print(sys.getrefcount(obj), sys.getrefcount(A))
