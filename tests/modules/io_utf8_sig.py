# Text files in utf-8-sig: BOM written once at the start, skipped when read,
# not written when appending; csv round trip.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.csv")
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("name,value\n")
    f.write("é,1\n")
print(open(p, "rb").read())
with open(p, encoding="utf-8-sig") as f:
    print(repr(f.readline()), f.tell(), repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(repr(f.read()))
with open(p, "a", encoding="utf-8-sig") as f:
    f.write("x,2\n")
print(open(p, "rb").read())
with open(p, encoding="utf-8-sig") as f:
    f.read(); f.seek(0); print(repr(f.readline()))
with open(p, "w", encoding="utf_8_sig") as f:
    pass
print(open(p, "rb").read())
q = os.path.join(d, "g.txt")
open(q, "wb").write(b"no bom\n")
with open(q, encoding="utf-8-sig") as f:
    print(repr(f.read()), f.encoding)
b = io.BytesIO(b"\xef\xbb\xbfabc\r\ndef")
t = io.TextIOWrapper(b, encoding="utf-8-sig")
print(t.readlines())
import csv
with open(p, "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f).writerows([["a", "b"], ["1", "2"]])
with open(p, encoding="utf-8-sig", newline="") as f:
    print(list(csv.reader(f)))
