# Buffered objects over misbehaving raw objects: None (would block), invalid lengths,
# invalid positions, unreadable / unwritable raws, closed and detached states.
import io

class Raw(io.RawIOBase):
    def __init__(self, rv=None, wv=None, tv=0, readable=True, writable=True, seekable=True):
        self.rv, self.wv, self.tv = rv, wv, tv
        self.r, self.w, self.s = readable, writable, seekable
    def readable(self):
        return self.r
    def writable(self):
        return self.w
    def seekable(self):
        return self.s
    def readinto(self, b):
        v = self.rv
        if callable(v):
            return v(b)
        return v
    def write(self, b):
        v = self.wv
        if callable(v):
            return v(b)
        return v
    def tell(self):
        return self.tv
    def seek(self, pos, whence=0):
        return self.tv

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e, getattr(e, "characters_written", ""), e.args)

print("== readinto returns None (non-blocking)")
f = io.BufferedReader(Raw(rv=None), 8)
attempt("read(4)", lambda: f.read(4))
attempt("read(20)", lambda: f.read(20))
attempt("read1(4)", lambda: f.read1(4))
attempt("peek()", lambda: f.peek())
attempt("readinto", lambda: f.readinto(bytearray(4)))
attempt("readinto big", lambda: f.readinto(bytearray(40)))
attempt("readline", lambda: f.readline())

def fill(b):
    b[:2] = b"ab"
    return 2
seq = [fill, None]
def step(b):
    g = seq.pop(0) if seq else None
    return g(b) if g else None
f = io.BufferedReader(Raw(rv=step), 8)
attempt("read(6) partial then None", lambda: f.read(6))

print("== invalid readinto lengths")
for v in (-1, 9, 100, "x", 2.5):
    f = io.BufferedReader(Raw(rv=v), 8)
    attempt("readinto=%r read(3)" % (v,), lambda: f.read(3))
    attempt("readinto=%r read(50)" % (v,), lambda: f.read(50))
    attempt("readinto=%r peek" % (v,), lambda: f.peek())

print("== write returns None / invalid")
f = io.BufferedWriter(Raw(wv=None), 4)
attempt("write(3)", lambda: f.write(b"abc"))
attempt("write(3) more", lambda: f.write(b"def"))
attempt("flush()", lambda: f.flush())
attempt("write(10)", lambda: f.write(b"0123456789"))
f = io.BufferedWriter(Raw(wv=None), 4)
attempt("write(10) empty buffer", lambda: f.write(b"0123456789"))
for v in (-1, 50, "x"):
    f = io.BufferedWriter(Raw(wv=v), 4)
    attempt("write=%r write(2)" % (v,), lambda: f.write(b"ab"))
    attempt("write=%r flush" % (v,), lambda: f.flush())
    attempt("write=%r write(9)" % (v,), lambda: f.write(b"123456789"))
    f.raw.wv = lambda b: len(b)
    attempt("close", lambda: f.close())

print("== tell / seek returning bad values")
for v in (-5, "x", None):
    f = io.BufferedReader(Raw(rv=0, tv=v), 8)
    attempt("tell=%r tell()" % (v,), lambda: f.tell())
    attempt("tell=%r seek(0)" % (v,), lambda: f.seek(0))

print("== capability checks")
attempt("Reader(unreadable)", lambda: io.BufferedReader(Raw(readable=False)))
attempt("Writer(unwritable)", lambda: io.BufferedWriter(Raw(writable=False)))
attempt("Random(unseekable)", lambda: io.BufferedRandom(Raw(seekable=False)))
attempt("Random(unreadable)", lambda: io.BufferedRandom(Raw(readable=False)))
attempt("Reader(size 0)", lambda: io.BufferedReader(Raw(), 0))
attempt("Reader(size -1)", lambda: io.BufferedReader(Raw(), -1))
attempt("Reader(size 1.5)", lambda: io.BufferedReader(Raw(), 1.5))
attempt("Reader()", lambda: io.BufferedReader())
attempt("Reader(object())", lambda: io.BufferedReader(object()))
attempt("Reader(kw)", lambda: io.BufferedReader(raw=Raw(rv=0), buffer_size=3).read())
f = io.BufferedReader(Raw(seekable=False, rv=0))
attempt("seek unseekable", lambda: f.seek(0))
attempt("tell unseekable", lambda: f.tell())
attempt("truncate reader", lambda: f.truncate())
attempt("write reader", lambda: f.write(b"x"))
w = io.BufferedWriter(Raw(wv=1))
attempt("read writer", lambda: w.read())
attempt("peek writer", lambda: w.peek())
attempt("write str", lambda: w.write("text"))
attempt("read(-2)", lambda: f.read(-2))

print("== closed")
f = io.BufferedReader(io.BytesIO(b"abc"))
f.close()
for name, call in [("read", lambda: f.read()), ("read1", lambda: f.read1(1)),
                   ("peek", lambda: f.peek()), ("readline", lambda: f.readline()),
                   ("readinto", lambda: f.readinto(bytearray(2))),
                   ("seek", lambda: f.seek(0)), ("tell", lambda: f.tell()),
                   ("flush", lambda: f.flush()), ("truncate", lambda: f.truncate()),
                   ("fileno", lambda: f.fileno()), ("isatty", lambda: f.isatty()),
                   ("readable", lambda: f.readable()), ("close", lambda: f.close()),
                   ("iter", lambda: next(iter(f))), ("closed", lambda: f.closed)]:
    attempt("closed " + name, call)
w = io.BufferedWriter(io.BytesIO())
w.close()
attempt("closed write", lambda: w.write(b"x"))
attempt("closed flush", lambda: w.flush())

print("== uninitialized")
f = io.BufferedReader.__new__(io.BufferedReader)
attempt("uninit read", lambda: f.read())
attempt("uninit closed", lambda: f.closed)
attempt("uninit raw", lambda: f.raw)
attempt("uninit repr", lambda: repr(f))

print("== close errors")
class BadFlush(io.BufferedWriter):
    def flush(self):
        raise OSError("flush failed")
class BadCloseRaw(io.BytesIO):
    def close(self):
        raise ValueError("raw close failed")
b = BadFlush(io.BytesIO())
try:
    b.close()
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
print(b.closed)
b = BadFlush(BadCloseRaw())
try:
    b.close()
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
b = io.BufferedWriter(BadCloseRaw())
b.write(b"pending")
try:
    b.close()
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
print(b.raw.getvalue())
b.raw.close = lambda: None
