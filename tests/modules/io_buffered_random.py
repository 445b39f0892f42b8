# BufferedRandom over a logging raw object and over BytesIO: reads, writes, seeks and
# tells mixed, compared call by call with CPython.
import io

class LogRaw(io.RawIOBase):
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.log = []
    def readable(self):
        self.log.append("readable")
        return True
    def writable(self):
        self.log.append("writable")
        return True
    def seekable(self):
        self.log.append("seekable")
        return True
    def readinto(self, b):
        d = self.data[self.pos:self.pos + len(b)]
        b[:len(d)] = d
        self.pos += len(d)
        self.log.append("readinto(%d)=%d" % (len(b), len(d)))
        return len(d)
    def write(self, b):
        b = bytes(b)
        if self.pos > len(self.data):
            self.data.extend(bytes(self.pos - len(self.data)))
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        self.log.append("write(%r)" % b)
        return len(b)
    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        self.log.append("seek(%d,%d)=%d" % (pos, whence, self.pos))
        return self.pos
    def tell(self):
        self.log.append("tell=%d" % self.pos)
        return self.pos
    def truncate(self, size=None):
        if size is None:
            size = self.pos
        del self.data[size:]
        self.log.append("truncate(%r)" % size)
        return size

def show(label, raw, result=None):
    print(label, repr(result), raw.log)
    raw.log.clear()

raw = LogRaw(b"0123456789abcdefghijklmnopqrstuvwxyz")
f = io.BufferedRandom(raw, 8)
show("init", raw)
show("read(3)", raw, f.read(3))
show("write(2)", raw, f.write(b"XY"))
show("tell()", raw, f.tell())
show("read(2)", raw, f.read(2))
show("write(1)", raw, f.write(b"Z"))
show("flush()", raw, f.flush())
show("peek()", raw, f.peek())
show("write(12)", raw, f.write(b"W" * 12))
show("read(4)", raw, f.read(4))
show("seek(-2,1)", raw, f.seek(-2, 1))
show("read1(3)", raw, f.read1(3))
show("seek(3)", raw, f.seek(3))
show("readline()", raw, f.readline())
show("seek(0,2)", raw, f.seek(0, 2))
show("write(3)", raw, f.write(b"END"))
show("seek(5)", raw, f.seek(5))
show("read(2)", raw, f.read(2))
show("truncate()", raw, f.truncate())
show("tell()", raw, f.tell())
show("write(1)", raw, f.write(b"!"))
show("read()", raw, f.read())
show("close()", raw, f.close())
print(bytes(raw.data))

print("== over BytesIO")
bio = io.BytesIO(b"hello world, this is a test")
f = io.BufferedRandom(bio, 4)
print(f.read(5), f.tell(), bio.tell())
f.write(b"_")
print(f.tell(), bio.tell())
print(f.read(5), f.tell())
f.seek(0)
print(f.read(), f.tell())
f.seek(-4, 2)
f.write(b"TEST!!")
f.flush()
print(bio.getvalue())
f.seek(2)
print(f.peek()[:3], f.read1(2), f.tell())
f.seek(0)
print(f.readline(), f.readlines())
print(f.truncate(11), bio.getvalue())
for whence in (3, -1):
    try:
        f.seek(0, whence)
    except Exception as e:
        print(type(e).__name__, e)
try:
    f.seek(1.5)
except Exception as e:
    print(type(e).__name__, e)
f.close()
print(bio.closed)
