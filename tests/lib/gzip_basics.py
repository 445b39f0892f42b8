# gzip: one-shot compress/decompress (fixed mtime), GzipFile write/read, text mode, errors.
import gzip, io, os

data = b"The quick brown fox jumps over the lazy dog.\n" * 50
c = gzip.compress(data, mtime=0)
print(len(c), c[:12], c[-8:], gzip.decompress(c) == data)
print(gzip.compress(b"abc", 1, mtime=1234567890))
print(gzip.compress(b"", 6, mtime=0), gzip.decompress(gzip.compress(b"x", mtime=0) * 2))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="data.txt.gz") as f:
    print(f.write(data[:100]), f.write(bytearray(data[100:])), f.writable(), f.readable())
raw = buf.getvalue()
print(len(raw), raw[:20], gzip.decompress(raw) == data)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), f.read(10), f.tell(), f.mtime, f.readable())
    print(len(f.read()), f.read())
path = "/tmp/glass_test_gzip.gz"
with gzip.open(path, "wb") as f:
    f.write(data)
with gzip.open(path) as f:
    print(sum(1 for _ in f))
with gzip.open(path, "wt", encoding="utf-8") as f:
    f.write("h\u00e9llo\nworld\n")
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read().splitlines())
os.remove(path)
for bad in [b"not gzip", c[:-4], c[:20], b"\x1f\x8b\x07" + c[3:], c[:-8] + b"\0\0\0\0" + c[-4:]]:
    try:
        gzip.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    gzip.open(path, "rbt")
except ValueError as e:
    print(e)
f = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e)
f.close(); print(f.closed)
