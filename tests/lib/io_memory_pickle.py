# StringIO/BytesIO: __getstate__/__setstate__, pickling and copying; attributes.
import io, pickle, copy

b = io.BytesIO(b"x")
for a in ("newlines", "line_buffering", "closed", "encoding"):
    print("BytesIO", a, hasattr(b, a))
s = io.StringIO("x")
for a in ("newlines", "line_buffering", "closed", "encoding", "errors"):
    print("StringIO", a, hasattr(s, a))

for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\n", newline=nl)
    s.readline()
    st = s.__getstate__()
    print(repr(nl), st)
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        t = pickle.loads(pickle.dumps(s, proto))
        assert t.__getstate__() == st, (proto, t.__getstate__())
    t = copy.copy(s)
    print("  ", t.tell(), repr(t.read()), repr(t.newlines), repr(t.getvalue()))
    t = copy.deepcopy(s)
    print("  ", t.tell(), repr(t.readline()))

b = io.BytesIO(b"abc")
b.read(1)
print(b.__getstate__())
t = pickle.loads(pickle.dumps(b))
print(t.tell(), t.read())

class S(io.StringIO):
    pass
s = S("hello")
s.seek(2)
s.extra = [1]
st = s.__getstate__()
print(st)
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t.tell(), t.read(), t.extra)

s = io.StringIO()
s.__setstate__(("x\ny", "\r\n", 1, None))
print(repr(s.getvalue()), s.tell(), repr(s.read()))
for bad in [("x",), ("x", None, -1, None), (5, None, 0, None), ("x", None, "0", None), ("x", None, 0, 5)]:
    try:
        io.StringIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [(b"x",), (b"x", -1, None)]:
    try:
        io.BytesIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = io.StringIO("q")
s.close()
for f in (s.__getstate__, lambda: s.__setstate__(("a", None, 0, None))):
    try:
        f()
    except ValueError as e:
        print("closed:", e)
for bad in [(b'x', '0', None), (b'x', 0, 5), (b'x', -1, None), ('x', 0, None), (None, None, 0, None)]:
    try:
        io.BytesIO().__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("zz")
s.__setstate__((None, None, 0, None))
print(repr(s.getvalue()))
s = io.StringIO(); s.foo = 1; print(s.foo, s.__getstate__())
b = io.BytesIO(); b.bar = 2; print(b.bar, b.__getstate__())
try: print(s.__dict__)
except AttributeError as e: print(e)
try: print(b.__dict__)
except AttributeError as e: print(e)
s.me = s; del s
import gc; print(gc.collect() >= 0)
class T(io.BytesIO):
    __slots__ = ("a",)
t = T(b"q")
t.a = 1
t.b = 2
print(t.a, t.b, t.__getstate__(), pickle.loads(pickle.dumps(t)).b)
print(io.StringIO().__getstate__(), io.StringIO().__dict__)
