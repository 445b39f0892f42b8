s = "naïve café 日本語 😀"
print(len(s), s.upper(), [len(w) for w in s.split()])
print([ord(c) for c in "é€😀"], chr(233), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010ffff")
print(s[::-1])
print(repr(s), ascii(s))
print("é" == "e\u0301", len("e\u0301"), "\u00e9" == "é")
print(sorted(["b", "a", "é", "z", "A", "日"]))
print("€" * 3, "😀".join("ab"), "😀" in s, s.find("😀"), s.index("日"))
print("ǲ".isupper(), "ǲ".islower(), "ǲ".istitle())
print("\u0041\u030a", len("\u0041\u030a"))
print(repr("\x7f\x80\x9f\xa0"), repr("\u200b\ufeff"), repr("\U000e0001"))
print(str(chr(0xd800).encode("utf-8", "surrogatepass")))
print("abc".encode("utf-8").decode("utf-8") is not None, "Ω".lower(), "ω".upper())
for c in "a1 é€😀\u0301":
    print(hex(ord(c)), c.isalpha(), c.isprintable())
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
print(max("日本語"), min("aé"), "ÿ" < "Ā" < "😀")
print("x".join(["é", "€", "😀"]), "é€😀".encode("utf-8").hex())
