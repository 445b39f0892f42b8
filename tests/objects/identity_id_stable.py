# id() is stable for an object's life; `is` is id equality
l = [1]
i0 = id(l)
l.append(2); l.extend(range(100)); l.clear()
print(id(l) == i0, l is l)
d = {}
i1 = id(d)
for k in range(1000):
    d[k] = k
print(id(d) == i1)
class C: pass
c = C()
i2 = id(c)
c.a = 1; c.__dict__.clear(); c.__class__ = type("D", (), {})
print(id(c) == i2)
a = b = []
print(a is b, id(a) == id(b))
a += [1]
print(a is b, b)
t = (1,); u = t
t += (2,)
print(t is u, u)
x = 1000; y = x; x += 1
print(y, x is y)
print([id(v) == id(w) for v, w in [(None, None), (True, True), ((), ()), ("", "")]])
objs = [object() for _ in range(10)]
ids = [id(o) for o in objs]
print(len(set(ids)) == 10, all(id(o) == i for o, i in zip(objs, ids)))
s = "".join(["ab", "c"])
print(s is "".join(["ab", "c"]), s == "abc")
m = [1, 2]
alias = m
m = m + [3]
print(alias, m is alias)
f = lambda: 0
g = f
print(g is f, id(f) == id(g), f.__code__ is g.__code__)
nums = [int(v) for v in ("-6", "-5", "256", "257")]
print([n is int(str(n)) for n in nums])
m5, c256, c257, ba, eb, et, es = -5, 256, 257, b"a", b"", (), ""
print(int("-5") is m5, int("256") is c256, int("257") is c257)
print(bytes([97]) is ba, eb is bytes(), et is tuple(), es is str(), frozenset() is frozenset())
print(float("1.5") is float("1.5"))
import sys
name = "".join(["my_", "ident"])
setattr(C, name, 1)
key = [k for k in C.__dict__ if k == "my_ident"][0]
print(key is sys.intern("my_ident"), name is sys.intern("my_ident"))
def consts():
    return "identifier_like"
lit = "identifier_like"
print(consts() is lit, consts() is sys.intern("identifier_like"))
