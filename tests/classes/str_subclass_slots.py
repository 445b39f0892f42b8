# str subclasses: __slots__, __dict__ and weak references, as CPython (str is not a
# variable-size base for layout purposes).
import weakref, sys, copy, pickle
class S(str):
    __slots__ = ('a', 'b')
s = S("hello"); s.a = 1; s.b = [2]
print(s, s.a, s.b, s.upper(), len(s), s == "hello", hash(s) == hash("hello"), repr(s))
try: s.c = 3
except AttributeError as e: print(e)
class W(str): pass
w = W("wé€😀"); w.x = 5
r = weakref.ref(w)
print(r() is w, w.x, vars(w), w[1:], w.encode(), len(w), W.__weakrefoffset__ > 0)
class WS(W):
    __slots__ = ('q',)
ws = WS("abc"); ws.q = 1; ws.z = 2
print(ws, ws.q, ws.z, ws + "d", ws * 2, ws.split("b"), f"{ws:>5}")
class E(str):
    __slots__ = ()
e = E("x")
try: e.y = 1
except AttributeError as ex: print(ex)
print(copy.copy(s).a if hasattr(copy.copy(s), 'a') else 'no a', copy.deepcopy(w).x)
print({S("k"): 1}[ "k"], "hello" in {s}, s in {"hello"})
d = {}
for i in range(100):
    d[W("key%d" % i)] = i
print(sum(d.values()), d["key5"])
print(S.__basicsize__ - str.__basicsize__)
class T(str):
    __slots__ = ('__dict__',)
t = T("t"); t.x = 1; print(vars(t))
class Plain:
    pass
class MI(W, Plain): pass
print(MI("mi"), MI.__mro__[1:])
try:
    class Bad(S, T): pass
except TypeError as e:
    print(e)
