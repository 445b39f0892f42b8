# TextIOWrapper over a logging BytesIO subclass through BufferedRandom, Buffered
# subclasses, open() in w+b / r+ modes, BufferedRWPair, re-__init__.
import io, os
class Log(io.BytesIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def readinto(self, b):
        n = super().readinto(b); self.log.append(("readinto", len(b), n)); return n
    def write(self, b):
        n = super().write(b); self.log.append(("write", bytes(b))); return n
    def seek(self, *a):
        r = super().seek(*a); self.log.append(("seek",) + a + (r,)); return r
    def tell(self):
        r = super().tell(); self.log.append(("tell", r)); return r
raw = Log(b"alpha\nbeta\ngamma\n")
br = io.BufferedRandom(raw, 16)
t = io.TextIOWrapper(br, encoding="utf-8")
print(repr(t.readline()), raw.log); raw.log.clear()
pos = t.tell(); print(pos, raw.log); raw.log.clear()
print(repr(t.read()), raw.log); raw.log.clear()
t.seek(pos); print(raw.log); raw.log.clear()
t.write("BETA\n"); t.flush(); print(raw.log, raw.getvalue()); raw.log.clear()
t.seek(0, 2); t.write("end"); t.close(); print(raw.log, raw.closed)

class MyReader(io.BufferedReader):
    def __init__(self, data):
        super().__init__(io.BytesIO(data), 4)
        self.extra = 1
r = MyReader(b"12345678\nabc")
print(r.read(2), r.readline(), list(r), r.extra, r.raw.tell())
class Over(io.BufferedWriter):
    def write(self, b):
        return super().write(bytes(b).upper())
bio = io.BytesIO()
o = Over(bio)
o.write(b"abc"); o.writelines([b"de", b"f"]); o.flush()
print(bio.getvalue())
path = "/tmp/glass_test_bufio_text_%d" % os.getpid()
with open(path, "w+b") as f:
    f.write(b"0123456789")
    f.seek(2)
    print(f.read(3), f.tell())
    f.write(b"XX")
    print(f.tell(), f.read(), f.tell())
    f.seek(0)
    print(f.read())
    print(f.peek()[:0], f.read1(), f.readinto(bytearray(3)))
    print(type(f).__name__, f.raw.__class__.__name__)
    f.seek(0); print(os.read(f.fileno(), 3)); print(f.tell())
with open(path, "r+") as f:
    print(f.readline(), f.tell())
    f.write("!")
    f.seek(0)
    print(f.read())
os.remove(path)
p = io.BufferedRWPair(io.BytesIO(b"l1\nl2\n"), io.BytesIO())
print(p.readline(), list(p), p.read())
w = io.BufferedWriter(io.BytesIO(), 4)
print(w.__sizeof__() - io.BufferedWriter(io.BytesIO(), 8).__sizeof__())
print(io.BufferedReader.__mro__ if False else "", issubclass(io.BufferedReader, io.BufferedIOBase))
r = io.BufferedReader(io.BytesIO(b"abc"))
r.__init__(io.BytesIO(b"xyz"))
print(r.read())
try:
    r.__init__(io.BytesIO(b"q"), 0)
except ValueError as e:
    print(e)
try: print(r.read())
except Exception as e: print(type(e).__name__, e)
