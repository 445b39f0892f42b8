b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.capitalize(), b.title())
print(b.split(b", "), b.rsplit(b"o", 1), b.partition(b","), b.rpartition(b"o"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111))
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.strip(b"Hd"), b.lstrip(b"eH"), b.rstrip(b"dl"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.center(16, b"-"), b.ljust(14, b"."), b.rjust(14))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper())
print(b.hex(), b.hex("-", 4), bytes.fromhex("48 65 6c6c6f"), b"\x00\xff".hex())
print(b" ".join([b"a", b"b"]), b"".join([]), b",".join((b"x",)))
print(b.decode("ascii"), b.decode("utf-8"), b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"))
print(b"a\tb".expandtabs(4), b"  x  ".strip(), b"x".zfill(4), b"abc"[::-1], b"abc"[1:])
print(list(b"AB"), bytes(list(b"AB")), b"AB"[0], b"AB"[-1], b"AB" * 2, b"A" + b"B")
print(b"abc" < b"abd", b"a" == b"a", b"a" != "a", b"x" in b"xyz", 120 in b"xyz")
print(b"%d-%s-%r" % (1, b"two", b"three"), b"%02x" % 171)
print(b.translate(None, b"lo"), b.translate(bytes.maketrans(b"lo", b"01")))
print(bytes(5), bytes([]), bytes(b"abc"), bytes("abc", "ascii"), bytes(range(65, 70)))
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(keepends=True))
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
