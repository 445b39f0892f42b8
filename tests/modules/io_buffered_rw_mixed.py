# BufferedRandom: what the raw stream sees for each read/seek/flush after a read,
# a write, or both (CPython 3.11.2: read1 does not flush pending writes).
import io
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
for op in ["read1(100)", "read1(2)", "read(2)", "read(40)", "read()", "peek()", "readline()", "readinto(bytearray(2))", "readinto(bytearray(40))", "readinto1(bytearray(40))", "readinto1(bytearray(2))", "tell()", "seek(1,1)", "seek(1)", "truncate()", "flush()"]:
    for pre in ["w", "rw", "r"]:
        raw = Log(b"alpha\nbeta\ngamma\n" * 3)
        br = io.BufferedRandom(raw, 16)
        if "r" in pre:
            br.read(3)
        if "w" in pre:
            br.write(b"XY")
        raw.log.clear()
        r = eval("br." + op)
        print(pre, op, repr(r)[:30], raw.log)
