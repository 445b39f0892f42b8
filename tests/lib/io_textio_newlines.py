import io
for nl in ("", "\r", "\r\n", "\n", None):
    for data in [b"a\rb\nc\r\nd", b"a\r\r\nb\n\nc", b"x\r"]:
        t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
        print(repr(nl), list(t), repr(t.newlines))
        b = io.BytesIO()
        t = io.TextIOWrapper(b, encoding="utf-8", newline=nl)
        t.write(data.decode()); t.flush()
        print("  w", b.getvalue())
class S(io.StringIO):
    def __init__(self, x):
        super().__init__(x, newline="")
print(list(S("a\rb")))
s = io.StringIO("abc"); s.close()
try: s.read()
except ValueError as e: print(e)
for nl in ("", None, "\r", "\r\n", "\n"):
    for n in (1, 2, 3):
        t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n\r\r\nd\r"), encoding="utf-8", newline=nl)
        out = []
        while True:
            c = t.read(n)
            if not c:
                break
            out.append(c)
        print(repr(nl), n, out, repr(t.newlines))
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n\r\r\nd\r"), encoding="utf-8", newline=nl)
    print(repr(nl), [t.readline(2) for _ in range(6)], repr(t.newlines))
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="utf-8", newline=nl)
    print(repr(nl), repr(t.readline()), repr(t.read()), repr(t.newlines))
for nl in ("", None):
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="utf-8", newline=nl)
    t.read(); print(repr(t.newlines)); t.seek(0); print(repr(t.newlines)); t.read(); print(repr(t.newlines))
    t.seek(0, 2); print(repr(t.newlines))
    t = io.TextIOWrapper(io.BytesIO(b"x\r"), encoding="utf-8", newline=nl)
    print(repr(t.read()), repr(t.newlines))
    t = io.TextIOWrapper(io.BytesIO(b"x\ry\r\n"), encoding="utf-8", newline=nl)
    print(repr(t.readline()), repr(t.newlines), repr(t.readline()), repr(t.newlines))
import os
p = "/tmp/glass_test_nl.txt"
with open(p, "wb") as f:
    f.write(b"A" * 8191 + b"\r\n" + b"B\r" * 5000 + b"\n")
for nl in ("", None):
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(len(lines), repr(f.newlines))
    with open(p, newline=nl) as f:
        f.readline()
        print(repr(f.newlines))
os.remove(p)
