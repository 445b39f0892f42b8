# open(): modes, reprs, newline translation, encodings, r+ and error messages.
import io
P = "/tmp/glass_test_io_file_modes.tmp"
open(P, 'w').write('hello\nworld\n')
f = open(P, 'rb'); print(f.read(), f.tell(), type(f).__name__, f.mode); f.close()
f = open(P); print(type(f).__name__, f.mode, f.buffer.mode, f.encoding, f.errors, f.newlines, f.line_buffering); f.close()
f = open(P, 'r+b'); print(type(f).__name__); f.close()
f = open(P, 'rb', buffering=0); print(type(f).__name__, f.read(3), f.readall()); f.close()
f = open(P); print(repr(f.readline()), f.tell(), f.read(3), f.tell(), repr(f.read())); f.seek(0); print(repr(f.read(100))); f.close()
open(P, 'wb').write(b'a\r\nb\rc\nd')
print(repr(open(P).read()), repr(open(P, newline='').read()))
print(list(open(P)), list(open(P, newline='')), open(P, newline='\r').readlines())
with open(P, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(P, 'rb').read())
with open(P, 'w', encoding='utf-8') as f:
    f.write('héllo €uro\nsecond 😀\n')
f = open(P, encoding='utf-8'); print(f.read(2), f.read(5), repr(f.readline()), f.readline(3), repr(f.read())); f.close()
f = open(P, encoding='latin-1'); print(repr(f.read())); f.close()
with open(P, 'w') as f:
    f.write('0123456789')
with open(P, 'rb+') as f:
    print(f.read(2), f.write(b'Y'), f.seek(0), f.read(), f.seek(-2, 2), f.read())
open(P, 'wb').write(b'l1\nl2\nl3')
with open(P, 'rb') as f:
    print(f.readline(), f.readline(1), list(f))
f = open(P, 'w'); print(f.write('xyz'), f.tell(), f.truncate(1)); f.close(); print(repr(open(P).read()))
f = open(P, 'a')
for op in (f.read, f.readline):
    try:
        op()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
f.close()
for op in (lambda: f.write('x'), f.read, f.fileno):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(f.closed, isinstance(f, io.TextIOBase), isinstance(open(P, 'rb'), io.BufferedIOBase))
for args, kw in [((P, 'r'), {'buffering': 0}), ((P, 'r'), {'newline': 'x'}), ((P, 'rbt'), {}),
                 ((P, 'rr'), {}), ((P, 'q'), {}), ((P, 'r'), {'encoding': 'foo'}), ((P, 'wx'), {}),
                 ((P, 'rb'), {'encoding': 'utf-8'}), ((1.5,), {}), (('no/such/file',), {})]:
    try:
        open(*args, **kw)
    except (ValueError, TypeError, LookupError, OSError) as e:
        print(type(e).__name__, e)
print(io.UnsupportedOperation.__mro__)
open(P, 'w').close()
