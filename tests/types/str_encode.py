s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    s.encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = s.encode()
print(b.decode(), b.decode("utf-8"), len(b), len(s))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
print(b"\xe9t\xe9".decode("latin-1"), b"caf\xc3\xa9".decode())
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), len("😀".encode("utf-16")))
print("abc".encode("utf-32-be"), b"\x00\x00\x00a".decode("utf-32-be"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"abc"), repr(str(b"x\xff", "latin-1")))
print("A".encode("UTF8"), "A".encode("Latin1"), "A".encode("ASCII"))
print(bytes("ab", "utf-8"), bytearray("é", "utf-8"))
try:
    bytes("ab")
except TypeError as e:
    print(type(e).__name__, e)
print("\udc80".encode("utf-8", "surrogateescape"), b"\x80".decode("utf-8", "surrogateescape") == "\udc80")
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
