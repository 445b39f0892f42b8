print(callable(len), callable(int), callable("s"), callable(None), callable(lambda: 0), callable(object))
class C:
    def m(self):
        pass
    def __call__(self):
        pass
class D:
    pass
print(callable(C), callable(C()), callable(D()), callable(C().m), callable(C.m))
print(chr(65), chr(97), chr(48), chr(0x20ac), chr(0x1F600), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("a"), ord("€"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")))
for call in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.5),
             lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab")):
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([chr(i) for i in range(ord("a"), ord("f"))])
print(sum(ord(c) for c in "checksum"))
print(chr(ord("é")) == "é", ord(chr(1000)))
try:
    chr(2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)
