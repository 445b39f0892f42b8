ba = bytearray(b"abcdef")
ba[0] = ord("A")
ba[-1:] = b"FF"
print(ba, len(ba))
ba[1:3] = b""
print(ba)
ba[::2] = b"xyz"
print(ba)
del ba[::2]
print(ba)
ba.extend([1, 2])
ba.extend(b"!")
ba.insert(0, 64)
print(ba, ba.pop(0), ba.pop(), ba)
ba *= 2
print(ba)
ba2 = ba.replace(b"\x01", b"[one]")
print(ba2, type(ba2).__name__, ba2 is ba)
ba3 = bytearray(b"  pad  ")
print(ba3.strip(), ba3.upper(), ba3.split(), bytearray(b"a,b").split(b","))
print(bytearray(b"abc").find(b"c"), bytearray(b"abc").index(98), bytearray(b"aab").count(b"a"))
print(bytearray(b"ab") == b"ab", bytearray(b"ab") < b"ac", b"ab" + bytearray(b"c"), bytearray(b"z") * 3)
view = bytearray(b"hello")
alias = view
view += b" world"
print(alias, alias is view)
view[:] = b"reset"
print(alias)
try:
    view[0] = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    view[0] = b"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    view[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"xyz").decode(), list(bytearray(3)), bytearray(b"ab").hex(":"))
