# io.StringIO and io.BytesIO: reading, writing, seeking, iteration, errors.
import io
f = io.StringIO('ab\ncd')
print(list(f), f.tell())
f = io.StringIO()
print(f.write('abc'), f.tell(), repr(f.read()), f.getvalue())
f.seek(1)
f.write('X')
print(f.getvalue(), repr(f.read()))
f.seek(6)
f.write('Z')
print(repr(f.getvalue()))
f.seek(0)
print(repr(f.readline()), repr(f.readline(2)), repr(f.read()))
with io.StringIO() as s:
    print("printed into", "a StringIO", sep="-", file=s)
    s.writelines(["x\n", "y\n"])
    print(repr(s.getvalue()), s.closed)
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
b = io.BytesIO(b'l1\nl2\nl3')
print(b.readline(), b.read(2), list(b), b.tell())
b.seek(0)
print(b.read(), b.getvalue())
b = io.BytesIO()
print(b.write(b'xyz'), b.write(bytearray(b'!')), b.getvalue())
for bad in (lambda: io.StringIO(1), lambda: io.StringIO().write(1),
            lambda: io.BytesIO().write('x'), lambda: io.StringIO().read('a')):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
w.write('hé\n')
w.flush()
print(w.buffer.getvalue(), w.encoding)
print(io.TextIOWrapper(io.BytesIO(b'abc\r\ndef')).readlines())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(1, io.IOBase))
