# Buffered* and TextIOWrapper over non-FileIO objects: BytesIO, user RawIOBase and
# BufferedIOBase subclasses; detach, raw, name/mode, repr, BufferedRWPair, subclasses.
import io, gc, os, weakref

print("== BufferedWriter over BytesIO")
bio = io.BytesIO()
w = io.BufferedWriter(bio, 8)
print(w.write(b"hello"), bio.getvalue())
print(w.write(b" world!"), bio.getvalue())
w.flush()
print(bio.getvalue(), w.tell(), w.raw is bio)
print(w.writable(), w.readable(), w.seekable(), w.isatty())
try:
    w.fileno()
except Exception as e:
    print(type(e).__name__, e)
print(repr(w))
try:
    w.name
except Exception as e:
    print(type(e).__name__, e)
w.write(b"!")
raw = w.detach()
print(raw is bio, bio.getvalue())
for name in ("write", "flush", "tell", "close", "raw", "closed", "name", "fileno", "repr"):
    try:
        if name == "repr":
            print(repr(w))
        elif name in ("raw", "closed", "name"):
            getattr(w, name)
        else:
            getattr(w, name)(b"x") if name == "write" else getattr(w, name)()
        print("detached", name, "ok")
    except Exception as e:
        print("detached", name, type(e).__name__, e)

print("== name / mode forwarding and repr")
class Named(io.RawIOBase):
    name = "x"
    mode = "rb"
    def readable(self):
        return True
    def readinto(self, b):
        return 0
r = io.BufferedReader(Named())
print(repr(r), r.name, r.mode)
Named.name = 42
print(repr(r))
class Sub(io.BufferedReader):
    pass
print(repr(Sub(Named())))
r.extra = 5
print(r.extra, r.__dict__)
print(weakref.ref(r)() is r)

print("== reader over BytesIO")
r = io.BufferedReader(io.BytesIO(b"line1\nline2\nline3"), 4)
print(r.peek(2)[:2], r.read(3), r.read1(10), r.readline(), list(r))
print(r.read(), r.tell())
r.seek(0)
print(r.readlines())

print("== raw subclass with readall / read")
class Chunks(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def readable(self):
        return True
    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        if c is None:
            return None
        b[:len(c)] = c
        return len(c)
print(io.BufferedReader(Chunks([b"ab", b"cd", b"ef"])).read())
print(io.BufferedReader(Chunks([b"ab", None, b"ef"])).read())
print(io.BufferedReader(Chunks([None])).read())
print(io.BufferedReader(Chunks([])).read())
class NoReadall:
    closed = False
    def __init__(self, parts):
        self.parts = list(parts)
    def readable(self):
        return True
    def tell(self):
        return 0
    def read(self):
        return self.parts.pop(0) if self.parts else b""
print(io.BufferedReader(NoReadall([b"12", b"34"])).read())
class BadReadall(Chunks):
    def readall(self):
        return "text"
try:
    io.BufferedReader(BadReadall([])).read()
except Exception as e:
    print(type(e).__name__, e)

print("== BufferedRWPair")
rd = io.BytesIO(b"abc\ndef\n")
wr = io.BytesIO()
p = io.BufferedRWPair(rd, wr, 4)
print(p.read(2), p.peek()[:1], p.read1(5), p.readline(), p.readable(), p.writable())
print(p.write(b"xyz"), wr.getvalue())
p.flush()
print(wr.getvalue(), p.closed, p.isatty())
ba = bytearray(3)
rd.seek(0)
print(p.readinto(ba), ba)
try:
    p.seek(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    p.detach()
except Exception as e:
    print(type(e).__name__, e)
p.close()
print(p.closed, rd.closed, wr.closed)
try:
    io.BufferedRWPair(io.BytesIO(), Named())
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(p, io.BufferedIOBase), issubclass(io.BufferedRWPair, io.IOBase))

print("== TextIOWrapper over BytesIO and user buffers")
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(t.readline(), t.read(), t.encoding)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
t.write("a\nb")
t.flush()
print(t.buffer.getvalue())
t.seek(0)
print(repr(t.read()))
class UserBuf(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = []
    def readable(self):
        return True
    def read(self, n=-1):
        self.calls.append(("read", n))
        if n is None or n < 0:
            d, self.data = self.data, b""
        else:
            d, self.data = self.data[:n], self.data[n:]
        return d
    def read1(self, n=-1):
        self.calls.append(("read1", n))
        return self.read(n)
t = io.TextIOWrapper(UserBuf(b"one\ntwo\n"), encoding="ascii")
print(list(t))
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"x\ny")), encoding="utf-8")
print(t.read().split("\n"), repr(t.buffer))
t = io.TextIOWrapper(io.BufferedWriter(io.BytesIO()), encoding="utf-8")
t.write("zz")
t.flush()
print(t.buffer.raw.getvalue())

print("== over a real file through a raw subclass")
path = "/tmp/glass_test_bufio_%d" % os.getpid()
class MyFileIO(io.FileIO):
    pass
with io.BufferedWriter(MyFileIO(path, "w"), 4) as w:
    w.write(b"abcdefgh")
    print(repr(w).replace(path, "<path>"), w.mode)
with io.BufferedReader(io.FileIO(path)) as r:
    print(r.read(), r.name == path)
os.remove(path)

print("== cycles and finalization")
class CycRaw(io.BytesIO):
    pass
cr = CycRaw()
w = io.BufferedWriter(cr)
cr.owner = w
w.write(b"pending")
wr = weakref.ref(w)
wcr = weakref.ref(cr)
del w
gc.collect()
print(wr() is None, cr.closed)
del cr
gc.collect()
print(wr() is None, wcr() is None)
class Keep(io.RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        print("finalize write", bytes(b))
        return len(b)
w = io.BufferedWriter(Keep())
w.write(b"flushed at dealloc")
del w
print("done")
