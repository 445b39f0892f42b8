import binascii
import io
import quopri

samples = [b"", b"hello world", b"caf\xc3\xa9 = 100%", b"tab\there \n", b"trailing space \nnext",
           b"a_b c", b".\nline\n.", b"x" * 200, b"y" * 75 + b"=" + b"z" * 10,
           b"crlf line \r\nsecond\r\n", b"\x00\x01\x7f\xff", b"ends with tab\t",
           b"word " * 30 + b"\n", b"=" * 40]
for s in samples:
    enc = quopri.encodestring(s)
    print(enc, quopri.encodestring(s, quotetabs=True), quopri.encodestring(s, header=True))
    print(quopri.decodestring(enc) == s, quopri.decodestring(quopri.encodestring(s, header=True), header=True) == s)
for e in [b"a=3D=3d", b"soft=\nbreak", b"soft=\r\nbreak", b"bad=ZZ", b"end=", b"a==b",
          b"under_score", b"=4", b"line=  \nx"]:
    print(e, quopri.decodestring(e), quopri.decodestring(e, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"f\xfcr tab\t\n"), out, quotetabs=False)
print(out.getvalue())
out = io.BytesIO()
quopri.encode(io.BytesIO(b"a b\tc"), out, quotetabs=True, header=True)
print(out.getvalue())
out = io.BytesIO()
quopri.decode(io.BytesIO(b"f=FCr_x=\ny"), out, header=True)
print(out.getvalue())
print(quopri.needsquoting(b"=", False, False), quopri.needsquoting(b" ", True, False),
      quopri.needsquoting(b"_", False, True), quopri.needsquoting(b"a", False, False),
      quopri.needsquoting(b"\x80", False, False))
print(quopri.quote(b"\xab"), quopri.ishex(b"f"), quopri.ishex(b"g"), quopri.unhex(b"fF10"))
print(binascii.b2a_qp(b"a\r\nb", istext=False), binascii.a2b_qp("A=42"), quopri.MAXLINESIZE)
try:
    quopri.encodestring("text")
except TypeError as e:
    print("TypeError", e)
print(sorted(quopri.__all__))
