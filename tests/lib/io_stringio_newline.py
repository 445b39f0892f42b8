# io.StringIO newline= handling: reading, writing, tell/seek, the newlines attribute.
import io, csv

DATA = ["a\rb\nc\r\nd", "a\r\nb\r", "\r\n\r\n", "x\r", "\n\r\n\r", "", "abc", "a\r\r\nb\n\nc"]
for nl in ("", "\r", "\r\n", "\n", None):
    for data in DATA:
        print(repr(nl), repr(data))
        s = io.StringIO(data, newline=nl)
        print("  iter", list(s), repr(s.newlines))
        s = io.StringIO(data, newline=nl)
        print("  read", repr(s.read()), repr(s.getvalue()), s.tell(), repr(s.newlines))
        s = io.StringIO(data, newline=nl)
        print("  readlines", s.readlines())
        s = io.StringIO(data, newline=nl)
        out = []
        while True:
            line = s.readline()
            if not line:
                break
            out.append((line, s.tell()))
        print("  readline+tell", out)
        s = io.StringIO(data, newline=nl)
        print("  read(2)", repr(s.read(2)), repr(s.readline(1)), repr(s.readline(-1)))
        s.seek(0)
        print("  seek0", repr(s.read()))
        # write
        w = io.StringIO(newline=nl)
        n = w.write(data)
        print("  write", n, repr(w.getvalue()), w.tell(), repr(w.newlines))
        w.seek(0)
        print("  write-read", repr(w.read()), list(io.StringIO(w.getvalue(), newline=nl)))
        w = io.StringIO("start\n", newline=nl)
        w.seek(0, 2)
        w.write("x\ny\r")
        w.write("\nz")
        print("  append", repr(w.getvalue()), repr(w.newlines))

for nl in ("", "\r", "\r\n", "\n", None):
    s = io.StringIO(newline=nl)
    s.write("a\r")
    print(repr(nl), repr(s.newlines))
    s.write("\nb\n")
    print(repr(nl), repr(s.newlines), repr(s.getvalue()))
    s.write("c\r")
    print(repr(nl), repr(s.newlines))

for bad in ("x", "\r\r", 5):
    try:
        io.StringIO(newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

s = io.StringIO("a\nb", newline=None)
print(s.line_buffering if hasattr(s, "line_buffering") else "-", s.encoding, s.errors)
s.__init__("q\r\nr", newline="")
print(list(s))

# csv with bare '\r'
for data in ["a,b\rc,d\r", "a,b\r\nc,d\r\n", 'a,"x\ry"\rc,d', "a,b\nc,d", 'a,"x\r\ny",z\r\n']:
    print(repr(data), list(csv.reader(io.StringIO(data, newline=""))))
    try:
        print(repr(data), list(csv.reader(io.StringIO(data))))
    except csv.Error as e:
        print("csv.Error", e)
w = io.StringIO(newline="")
csv.writer(w).writerows([["a", "b\rc"], ["d\ne", "f"]])
print(repr(w.getvalue()), list(csv.reader(io.StringIO(w.getvalue(), newline=""))))
