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
