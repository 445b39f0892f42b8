b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], type(b[0]).__name__)
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes(), bytes(range(5)))
print(b.upper(), b.title(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"o"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip(), b"a,b".split(b","))
print(b"-".join([b"a", b"b"]), b.index(b"o"), b.rfind(b"o"), b.partition(b" "), b.center(15, b"*"))
print(b.hex(), b.hex(" "), b.hex(":", 2), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b.isalpha(), b"123".isdigit(), b"ab cd".title())
print(b + b"!", b * 2, b"a" in b"abc", 97 in b"abc", b"ab" < b"b", b"" == bytes())
print(repr(b"\x00\n\t\\'\""), repr(b'"'), repr(b"'"), repr(b"\x7f\x80"))
print(b"abc" == "abc", b"abc".decode() == "abc", hash(b"ab") == hash(b"ab"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes((1, 2)), bytes("é", "latin-1"))
print(b"x%sy" % b"-", b"%5d" % 42, b"%x" % 255)
for bad in ("bytes([256])", "bytes([-1])", "b'a' + 'b'", "b'a'[5]", "bytes.fromhex('zz')", "bytes('x')", "b'a'[0] = 1", "bytes(-1)"):
    try:
        eval(bad) if "=" not in bad.replace("==", "") else exec(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"a b".split(b" ", 1))
print(b"AbC".lower(), b"AbC".swapcase(), b"  ".isspace(), b"Ab".isupper(), b"x".zfill(3))
print(b"ab" * 0, b"\x00" * 3, bytes(2) == b"\x00\x00", b"abc"[1:2] == b"b")
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"a\nb".splitlines())
