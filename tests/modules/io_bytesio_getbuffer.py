# BytesIO.getbuffer(): a writable memoryview of the live content; while one exists
# the BytesIO refuses to resize (BufferError), as CPython.
import io
b = io.BytesIO(b"hello world")
v = b.getbuffer()
print(type(v), v.nbytes, v.readonly, bytes(v[:5]), v.format, v.itemsize)
v[0] = ord("J")
print(b.getvalue())
for name, f in [("write", lambda: b.write(b"x")), ("truncate", lambda: b.truncate(2)), ("close", b.close),
                ("init", lambda: b.__init__(b"q")), ("setstate", lambda: b.__setstate__((b"zz", 0, None))),
                ("writelines", lambda: b.writelines([b"a"])), ("seek", lambda: b.seek(3)), ("read", lambda: b.read(2)),
                ("readinto", lambda: b.readinto(bytearray(2))), ("getvalue", lambda: b.getvalue()[:3])]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
v2 = b.getbuffer()
v.release()
try:
    b.write(b"x")
except BufferError as e:
    print("still exported:", e)
v2.release()
print(b.write(b"!"), b.getvalue())
with b.getbuffer() as v3:
    print(len(v3))
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError", e)
e = io.BytesIO()
print(e.getbuffer().nbytes, bytes(e.getbuffer()))
class Sub(io.BytesIO): pass
s = Sub(b"abc"); print(bytes(s.getbuffer()))
