ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EL"
print(ba)
del ba[-2:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.count(b"l"))
ba.reverse()
print(ba)
ba += b"++"
print(ba)
ba2 = ba
ba += b"!"
print(ba2 is ba, ba2)
print(bytearray(3), bytearray(), bytearray([1, 2]), bytearray("é", "utf-8"))
print(bytearray(b"abc") == b"abc", bytes(bytearray(b"x")), bytearray(b"ab").hex())
print(bytearray(b"a b").split(), bytearray(b"  x ").strip(), bytearray(b"abc").upper())
for bad in ("bytearray(b'a')[0] = 256", "bytearray().pop()", "bytearray(b'a').remove(98)",
            "bytearray(b'a')[5] = 1", "bytearray(b'a').append('x')", "hash(bytearray())"):
    try:
        exec(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
c = bytearray(b"xyz")
c.clear()
print(c, c.copy() is not c, bytearray(b"ab") * 2, bytearray.fromhex("41 42"))
print(bytearray(b"abc").decode(), list(bytearray(b"AB")), b"ab" + bytearray(b"c"))
print(type(b"ab" + bytearray(b"c")).__name__, type(bytearray(b"c") + b"ab").__name__)
