# zlib: exact compressed bytes, round trips, streaming objects, checksums, errors.
import zlib

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, r if not isinstance(r, bytes) or len(r) < 80 else (len(r), r[:40]))
    except Exception as e:
        print(label, type(e).__name__, e)

text = b"hello hello hello zlib " * 20 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(text, level)
    print(level, len(c), c[:24], zlib.decompress(c) == text)
print(zlib.compress(b"abc"), zlib.compress(b""), zlib.compress(b"a", level=1))
print(zlib.compress(b"abcabc", wbits=-15), zlib.compress(b"abcabc", 9, 31)[10:])
print(zlib.decompress(zlib.compress(b"gz", wbits=31), wbits=47), zlib.decompress(b"x\x9cKLJ\x06\x00\x02M\x01'", bufsize=1))
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b""), zlib.crc32(b"a", -1))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", 7), zlib.adler32(bytearray(b"x")), zlib.crc32(memoryview(b"abc")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_SPEED,
      zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY,
      zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_PARTIAL_FLUSH, type(zlib.ZLIB_VERSION), zlib.error.__mro__)
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(text[:100]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(text[100:])]
cp = co.copy()
parts.append(co.flush())
print([len(p) for p in parts], cp.flush() == parts[-1], b"".join(parts)[-12:])
show("after finish", co.compress, b"x"); show("flush again", co.flush); show("copy", co.copy)
data = zlib.compress(text) + b"TRAILER"
do = zlib.decompressobj()
out = do.decompress(data[:50], 30)
print(len(out), len(do.unconsumed_tail), do.eof, do.unused_data)
out += do.decompress(do.unconsumed_tail + data[50:])
print(out == text, do.eof, do.unused_data, do.unconsumed_tail, do.flush())
d2 = zlib.decompressobj(); d2.decompress(data[:30]); d3 = d2.copy()
print(len(d2.flush()), len(d3.decompress(data[30:])), d3.eof, d3.unused_data)
zd = b"hello zlib"
cz = zlib.compressobj(zdict=zd); blob = cz.compress(text) + cz.flush()
print(len(blob), zlib.decompressobj(zdict=zd).decompress(blob) == text)
show("need dict", zlib.decompress, blob)
show("raw zdict", lambda: zlib.decompressobj(-15, zdict=zd).decompress(zlib.compress(b"x", wbits=-15)))
show("header", zlib.decompress, b"not zlib data"); show("truncated", zlib.decompress, zlib.compress(text)[:-5])
show("level", zlib.compress, b"a", 10); show("wbits", zlib.decompress, b"a", 100)
show("str", zlib.compress, "abc"); show("crc str", zlib.crc32, "a"); show("bufsize", zlib.decompress, b"", bufsize=-1)
show("obj opt", zlib.compressobj, 10); show("dobj opt", zlib.decompressobj, 100)
show("zdict", zlib.decompressobj, zdict="a"); show("max_length", zlib.decompressobj().decompress, b"", -1)
show("flush len", zlib.decompressobj().flush, 0); show("noargs", zlib.compress)
show("toomany", zlib.compress, b"a", 1, 15, 3); show("float", zlib.compress, b"a", 1.5)
show("new", type(co)); show("stored", zlib.decompress, b"x\x9c\x00garbage")
print(type(co).__name__, type(do).__name__, zlib.error.__module__)

# any buffer exporter is data
import array
print(zlib.crc32(array.array('b', [1, 2, 3])), zlib.adler32(memoryview(b"abc")[1:]))
print(zlib.decompress(zlib.compress(array.array('h', [1, 2, 3]))))
