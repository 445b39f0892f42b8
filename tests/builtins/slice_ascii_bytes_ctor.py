print(slice(3), slice(1, 4), slice(1, 9, 2), slice(None, None, -1))
s = slice(1, 6, 2)
print(list(range(10))[s], "abcdefgh"[s], s.indices(4))
print(ascii("abc"), ascii("é"), ascii("日本"), ascii(["é", 1]), ascii("\n"), ascii("😀"), ascii(b"x"))
print(ascii(1.5), ascii(None), ascii({"k": "ü"}))
print(bytes(), bytes(3), bytes([1, 2]), bytes(b"ab"), bytes("é", "utf-8"), bytes("x", encoding="ascii"))
print(bytes(range(3)), bytes(bytearray(b"q")), bytes((x for x in [65, 66])))
print(bytearray("é", "latin-1"), bytearray(2), bytearray([255]))
for call in (lambda: bytes("x"), lambda: bytes([300]), lambda: bytes(-1), lambda: bytes(1.5),
             lambda: bytes("x", "nope"), lambda: bytearray("é", "ascii")):
    try:
        call()
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))
print(bytes(b"abc")[1], bytes(b"xyz"[::2]), list(b"ab"))
print(object.__doc__.splitlines()[0], type(object.__init__).__name__)
o = object()
print(type(o).__name__, o.__class__ is object, object.__bases__, isinstance(object, object))
print(divmod(9, 4), pow(9, 0.5), abs(-9), round(9.5), min(9, 4), max(9, 4), sum([9, 4]))
print(sorted(set("bytes")), list(reversed(b"ab")), list(zip(b"ab", "ab")))
