# Buffered objects over a Python raw object that logs every call: which raw
# methods CPython's buffering calls, when, and with which sizes.
import io

class LogRaw(io.RawIOBase):
    def __init__(self, data=b"", chunk=None, seekable=True):
        self.data = bytearray(data)
        self.pos = 0
        self.log = []
        self.chunk = chunk
        self._seekable = seekable
    def readable(self):
        self.log.append("readable")
        return True
    def writable(self):
        self.log.append("writable")
        return True
    def seekable(self):
        self.log.append("seekable")
        return self._seekable
    def readinto(self, b):
        n = len(b)
        if self.chunk:
            n = min(n, self.chunk)
        d = self.data[self.pos:self.pos + n]
        b[:len(d)] = d
        self.pos += len(d)
        self.log.append("readinto(%d)=%d" % (len(b), len(d)))
        return len(d)
    def write(self, b):
        b = bytes(b)
        n = len(b)
        if self.chunk:
            n = min(n, self.chunk)
        if self.pos > len(self.data):
            self.data.extend(bytes(self.pos - len(self.data)))
        self.data[self.pos:self.pos + n] = b[:n]
        self.pos += n
        self.log.append("write(%r)=%d" % (b, n))
        return n
    def seek(self, pos, whence=0):
        if whence == 0:
            self.pos = pos
        elif whence == 1:
            self.pos += pos
        else:
            self.pos = len(self.data) + pos
        self.log.append("seek(%d,%d)=%d" % (pos, whence, self.pos))
        return self.pos
    def tell(self):
        self.log.append("tell=%d" % self.pos)
        return self.pos
    def truncate(self, size=None):
        if size is None:
            size = self.pos
        del self.data[size:]
        self.log.append("truncate(%d)" % size)
        return size
    def flush(self):
        self.log.append("flush")
    def close(self):
        self.log.append("close")
        super().close()

def show(label, raw, result=None):
    print(label, repr(result), raw.log)
    raw.log.clear()

DATA = bytes(range(65, 91)) * 3 + b"\nline two\nthird line\nlast"

print("== reader, buffer 8")
raw = LogRaw(DATA)
f = io.BufferedReader(raw, 8)
show("init", raw)
show("read(3)", raw, f.read(3))
show("read(3)", raw, f.read(3))
show("read(10)", raw, f.read(10))
show("read(20)", raw, f.read(20))
show("peek()", raw, f.peek())
show("read1(100)", raw, f.read1(100))
show("read1(100)", raw, f.read1(100))
show("read1(-1)", raw, f.read1())
show("read1(0)", raw, f.read1(0))
show("readline()", raw, f.readline())
show("readline(3)", raw, f.readline(3))
show("readline()", raw, f.readline())
show("tell()", raw, f.tell())
show("seek(2,1)", raw, f.seek(2, 1))
show("seek(0)", raw, f.seek(0))
show("seek(-3,2)", raw, f.seek(-3, 2))
show("read()", raw, f.read())
show("read()", raw, f.read())
show("read(5)", raw, f.read(5))
f.seek(0)
raw.log.clear()
ba = bytearray(5)
show("readinto(5)", raw, (f.readinto(ba), bytes(ba)))
ba = bytearray(20)
show("readinto(20)", raw, (f.readinto(ba), bytes(ba)))
ba = bytearray(20)
show("readinto1(20)", raw, (f.readinto1(ba), bytes(ba)))
ba = bytearray(3)
show("readinto1(3)", raw, (f.readinto1(ba), bytes(ba)))
show("lines", raw, list(f))
show("close()", raw, f.close())
print(f.closed, raw.closed)

print("== reader, short raw reads (chunk 3), buffer 16")
raw = LogRaw(DATA, chunk=3)
f = io.BufferedReader(raw, 16)
show("read(10)", raw, f.read(10))
show("read(40)", raw, f.read(40))
show("peek()", raw, f.peek())
show("readline()", raw, f.readline())
show("read1(50)", raw, f.read1(50))

print("== reader, power-of-two and odd buffers")
for size in (4, 5, 16):
    raw = LogRaw(DATA)
    f = io.BufferedReader(raw, size)
    raw.log.clear()
    show("size %d read(13)" % size, raw, f.read(13))
    show("size %d read(2)" % size, raw, f.read(2))

print("== writer, buffer 8")
raw = LogRaw()
f = io.BufferedWriter(raw, 8)
show("init", raw)
show("write(3)", raw, f.write(b"abc"))
show("write(5)", raw, f.write(b"defgh"))
show("write(1)", raw, f.write(b"i"))
show("write(10)", raw, f.write(b"0123456789"))
show("write(20)", raw, f.write(b"x" * 20))
show("write(bytearray)", raw, f.write(bytearray(b"yz")))
show("write(memoryview)", raw, f.write(memoryview(b"MV")))
show("tell()", raw, f.tell())
show("flush()", raw, f.flush())
show("write(2)", raw, f.write(b"!!"))
show("seek(0)", raw, f.seek(0))
show("write(2)", raw, f.write(b"AB"))
show("seek(0,2)", raw, f.seek(0, 2))
show("truncate(5)", raw, f.truncate(5))
show("write(2)", raw, f.write(b"zz"))
show("close()", raw, f.close())
print(bytes(raw.data))

print("== writer, partial raw writes (chunk 3)")
raw = LogRaw(chunk=3)
f = io.BufferedWriter(raw, 8)
show("write(7)", raw, f.write(b"1234567"))
show("write(5)", raw, f.write(b"abcde"))
show("write(20)", raw, f.write(b"Q" * 20))
show("flush()", raw, f.flush())
print(bytes(raw.data))

print("== writer over a non-seekable raw")
raw = LogRaw(seekable=False)
f = io.BufferedWriter(raw, 4)
show("init", raw)
show("write", raw, f.write(b"hello"))
show("write", raw, f.write(b"ab"))
try:
    f.seek(0)
except Exception as e:
    print(type(e).__name__, e)
show("seek", raw)
show("close", raw, f.close())
